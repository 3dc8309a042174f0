package org.inferenceshift.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.inferenceshift.experiment.BatchExperiment;
import org.inferenceshift.experiment.EngineProvider;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.LocalEngine;
import org.inferenceshift.experiment.ProgressListener;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.RunPlanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine against the local one on the same tiny experiment (8 runs of 300 users over 12
 * months), on one {@code local[2]} context shared by the class because starting Spark takes seconds.
 */
class SparkEngineTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static JavaSparkContext spark;
    static RunPlan plan;
    static Path local;

    @BeforeAll
    static void startSparkAndRunLocally() throws Exception {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("inferenceshift-test")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false"));
        Path experiment = dir.resolve("spark-tiny.json");
        Files.writeString(experiment, """
                {"name": "spark-tiny", "purpose": "test", "seed": 4, "seeds": 2,
                 "scenarios": ["%s", "%s"], "agents": 300, "set": {"horizonMonths": 12},
                 "grid": {"choice.reviewRate": [0.1, 0.3]},
                 "keep": {"metrics": ["hhi_revenue", "mean_success"], "statistics": ["last", "max"]}}
                """.formatted(SCENARIOS.resolve("pretraining-era.json"), SCENARIOS.resolve("inference-era.json")),
                StandardCharsets.UTF_8);
        plan = RunPlanner.plan(ExperimentLoader.load(experiment));
        local = dir.resolve("local");
        try (LocalEngine engine = new LocalEngine(2)) {
            assertTrue(BatchExperiment.run(plan, local, false, 0, engine, ProgressListener.NONE).complete());
        }
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkLocal2WritesTheSameRowsAsTheLocalEngine() throws Exception {
        Path onSpark = dir.resolve("spark");
        try (SparkEngine engine = new SparkEngine(spark)) {
            assertTrue(BatchExperiment.run(plan, onSpark, false, 0, engine, ProgressListener.NONE).complete());
        }
        List<String> rows = Files.readAllLines(onSpark.resolve("runs.csv"));
        assertEquals(1 + 8, rows.size());
        assertEquals(Files.readAllLines(local.resolve("runs.csv")), rows);
        assertEquals(Files.readAllLines(local.resolve("timeseries.csv")), Files.readAllLines(onSpark.resolve("timeseries.csv")));
        assertSameFilesButManifest(local, onSpark);
    }

    @Test
    void anExperimentInterruptedOnSparkFinishesOnLocalThreadsUnchanged() throws Exception {
        Path out = dir.resolve("mixed");
        try (SparkEngine engine = new SparkEngine(spark)) {
            BatchExperiment.Outcome partial = BatchExperiment.run(plan, out, false, 3, engine, ProgressListener.NONE);
            assertFalse(partial.complete());
            assertEquals(3, partial.ranNow());
        }
        try (LocalEngine engine = new LocalEngine(1)) {
            BatchExperiment.Outcome rest = BatchExperiment.run(plan, out, true, 0, engine, ProgressListener.NONE);
            assertEquals(3, rest.alreadyDone());
            assertEquals(5, rest.ranNow());
        }
        assertSameFilesButManifest(local, out);
    }

    @Test
    void largeExperimentsGoFourRunsToATaskWithoutStarvingASlot() {
        // hand-computed: ceil(runs / 4), but at least 4 tasks per slot and at most one task per run
        assertEquals(999, SparkEngine.partitions(3_996, 2));
        assertEquals(68, SparkEngine.partitions(270, 2));
        assertEquals(8, SparkEngine.partitions(10, 2));
        assertEquals(3, SparkEngine.partitions(3, 2));
        assertEquals(SparkEngine.MAX_PARTITIONS, SparkEngine.partitions(1_000_000, 2));
    }

    @Test
    void theSparkEngineIsFoundByNameWhenThisModuleIsOnTheClasspath() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(EngineProvider.class).forEach(p -> names.add(p.name()));
        assertEquals(List.of("spark"), names);
    }

    private static void assertSameFilesButManifest(Path expected, Path actual) throws IOException {
        List<Path> files = files(expected);
        assertEquals(files, files(actual));
        for (Path file : files) {
            if (!file.toString().equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                        file + " differs");
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
