package org.inferenceshift.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.scenario.ScenarioException;

/**
 * Runs a calibration into a results folder that appears only complete. Its staging folder
 * ({@code .<name>.partial} beside it) is kept when a calibration is interrupted; running the same
 * calibration file with the same folder again carries on from the evaluations it holds. A staging folder
 * left by a different calibration file is refused rather than mixed in.
 */
public final class Calibration {
    static final String SOURCE_FILE = "calibration-file.sha256";

    private Calibration() {
    }

    public static Calibrator.Outcome run(CalibrationSpec spec, ExperimentEngine engine, Path folder, Consumer<String> progress)
            throws ScenarioException, RunFailedException, IOException, OutputExistsException {
        checkResumable(spec, folder);
        try (AtomicFolder out = AtomicFolder.resumable(folder)) {
            Path marker = out.resolve(SOURCE_FILE);
            if (!Files.exists(marker)) {
                Files.writeString(marker, spec.sha256() + "\n", StandardCharsets.UTF_8);
            }
            Calibrator.Outcome outcome;
            try (EvaluationLog log = new EvaluationLog(out.resolve(EvaluationLog.FILE), spec.parameters())) {
                if (log.resumed() > 0) {
                    progress.accept("resuming: " + log.resumed() + " candidates already evaluated in " + out.staging());
                }
                outcome = new Calibrator(spec, engine, log, progress).run();
            }
            CalibrationWriter.write(outcome, out.staging());
            out.commit();
            return outcome;
        }
    }

    /** Refuses, before anything runs, a staging folder another calibration file left. */
    public static void checkResumable(CalibrationSpec spec, Path folder) throws ScenarioException, IOException {
        Path marker = AtomicFolder.resumableStaging(folder).resolve(SOURCE_FILE);
        if (Files.exists(marker)) {
            String sha = Files.readString(marker, StandardCharsets.UTF_8).trim();
            if (!sha.equals(spec.sha256())) {
                throw new ScenarioException(spec.file() + ": the unfinished calibration in " + marker.getParent()
                        + " was started from a different calibration file; remove that folder or choose another --out");
            }
        }
    }
}
