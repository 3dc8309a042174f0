package org.inferenceshift.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.claims.ClaimsEngine;
import org.inferenceshift.claims.ClaimsSettings;
import org.inferenceshift.experiment.LocalEngine;
import org.inferenceshift.experiment.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: a claims run on the Spark engine ({@code local[2]}) ends with the same tables as on the local
 * engine, byte for byte (a tiny run: 2 seeds per arm and seed set, the smallest Saltelli design, 300 users).
 */
class SparkClaimsTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();
    private static final ClaimsSettings TINY = new ClaimsSettings("custom", 20250214, 2, 4, 300, 1);

    @TempDir
    Path dir;

    @Test
    void theClaimsTablesOnSparkAreTheLocalEnginesByteForByte() throws Exception {
        Path local = dir.resolve("local");
        try (LocalEngine engine = new LocalEngine(2)) {
            ClaimsEngine.run(TINY, SCENARIOS, local, false, engine, ProgressListener.NONE);
        }
        Path onSpark = dir.resolve("spark");
        // the launcher's own local context: local[2] on the loopback interface, no UI; closing the engine stops it
        try (SparkEngine engine = SparkEngine.start(2)) {
            ClaimsEngine.run(TINY, SCENARIOS, onSpark, false, engine, ProgressListener.NONE);
        }
        for (String table : List.of("claims.csv", "factorial.csv", "sobol.csv", "robustness.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(table)), Files.readAllBytes(onSpark.resolve(table)),
                    table + " differs between the engines");
        }
        assertEquals(Files.readString(local.resolve("runs/comparison/runs.csv")),
                Files.readString(onSpark.resolve("runs/comparison/runs.csv")));
    }
}
