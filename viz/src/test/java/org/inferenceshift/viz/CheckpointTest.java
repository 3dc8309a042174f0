package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MASON checkpoints of a GUI run, written and read the way the Console's File > Save and Open do
 * (SimState.writeToCheckpoint, GUIState.readNewStateFromCheckpoint). Needs no display.
 */
class CheckpointTest {
    private static final int HORIZON = 40;
    private static final int CHECKPOINT_MONTH = 24;

    @Test
    void aCheckpointWrittenAtMonth24AndResumedEndsByteIdenticalToAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Scenario scenario = TestScenarios.smallBaseline(HORIZON, Map.of());
        Path uninterrupted = TestScenarios.write(HeadlessRun.run(scenario, 1), dir.resolve("uninterrupted"));

        IndustryModelWithUI first = new IndustryModelWithUI(scenario, TestScenarios.BASELINE);
        first.start();
        for (int month = 0; month < CHECKPOINT_MONTH; month++) {
            assertTrue(first.step());
        }
        File checkpoint = dir.resolve("month24.checkpoint").toFile();
        first.state.writeToCheckpoint(checkpoint);
        runToEnd(first);
        Path continued = TestScenarios.write(first.currentResult(), dir.resolve("continued"));

        IndustryModelWithUI second = new IndustryModelWithUI(scenario, TestScenarios.BASELINE);
        assertTrue(second.readNewStateFromCheckpoint(checkpoint), "the Console accepts the checkpoint");
        assertEquals(CHECKPOINT_MONTH, second.state.schedule.getSteps());
        assertEquals(CHECKPOINT_MONTH, HeadlessRun.recorderOf(second.model()).rows().size(), "the history up to month 24 came along");
        runToEnd(second);
        Path resumed = TestScenarios.write(second.currentResult(), dir.resolve("resumed"));

        assertEquals(HORIZON, HeadlessRun.recorderOf(second.model()).rows().size());
        TestScenarios.assertSameFiles(uninterrupted, continued, "the run that wrote the checkpoint");
        TestScenarios.assertSameFiles(uninterrupted, resumed, "the resumed run");
    }

    @Test
    void aCheckpointHoldingAClassOutsideTheAllowListIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        File foreign = dir.resolve("foreign.checkpoint").toFile();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(
                new java.util.zip.GZIPOutputStream(new java.io.FileOutputStream(foreign)))) {
            // any serializable class the model never holds stands for a deserialization gadget
            out.writeObject(new java.util.ArrayList<>(java.util.List.of(new java.text.SimpleDateFormat("yyyy"))));
        }
        IndustryModelWithUI gui = new IndustryModelWithUI(TestScenarios.smallBaseline(HORIZON, Map.of()), TestScenarios.BASELINE);
        java.io.InvalidClassException refused = org.junit.jupiter.api.Assertions.assertThrows(
                java.io.InvalidClassException.class, () -> gui.readNewStateFromCheckpoint(foreign));
        assertEquals(foreign + ": not opened: it holds a java.text.SimpleDateFormat, which no InferenceShift checkpoint"
                + " contains; a checkpoint may hold only the model's, MASON's and standard Java classes (it was not saved"
                + " by this program, or was altered)", refused.getMessage());
    }

    private static void runToEnd(IndustryModelWithUI gui) {
        while (gui.step()) {
            // the model stops itself at the horizon
        }
        gui.finish();
    }
}
