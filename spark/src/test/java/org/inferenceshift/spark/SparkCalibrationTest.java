package org.inferenceshift.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.calibration.Calibration;
import org.inferenceshift.calibration.CalibrationLoader;
import org.inferenceshift.calibration.CalibrationSpec;
import org.inferenceshift.calibration.CalibrationWriter;
import org.inferenceshift.experiment.LocalEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 item 5: a calibration on the Spark engine ({@code local[2]}) fits the same parameters, keeps the same
 * posterior and writes the same fitted scenario as on the local engine, byte for byte (the quick calibration
 * file cut to 4 CMA-ES candidates, 4 Sobol points and one cross-validation candidate per fold).
 */
class SparkCalibrationTest {
    private static final Path QUICK = Path.of("..", "scenarios", "calibration", "calibration-quick.json")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aCalibrationOnSparkWritesTheLocalEnginesFilesByteForByte() throws Exception {
        CalibrationSpec quick = CalibrationLoader.load(QUICK);
        CalibrationSpec tiny = quick.with(quick.targets(), 4, 4, 1);
        Path local = dir.resolve("local");
        try (LocalEngine engine = new LocalEngine(2)) {
            Calibration.run(tiny, engine, local, line -> { });
        }
        Path onSpark = dir.resolve("spark");
        // the launcher's own local context: local[2] on the loopback interface, no UI; closing the engine stops it
        try (SparkEngine engine = SparkEngine.start(2)) {
            Calibration.run(tiny, engine, onSpark, line -> { });
        }
        for (String file : List.of(CalibrationWriter.FITTED_FILE, CalibrationWriter.POSTERIOR_FILE,
                CalibrationWriter.SAMPLE_FILE, "evaluations.csv", CalibrationWriter.REPORT_MD)) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(onSpark.resolve(file)),
                    file + " differs between the engines");
        }
    }
}
