package org.inferenceshift.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inferenceshift.experiment.LocalEngine;
import org.inferenceshift.validation.StylizedFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration's quick mode: a problem whose optimum is known because the model made the "fact" itself.
 * The growth of FLOP per dollar over 2024–2025 is recorded with the hardware trend set to
 * {@value #TRUE_VALUE} per year; its band is that level ±{@value #HALF_WIDTH} (relative); CMA-ES starts
 * from the scenario's own value (1.35) in a range of 1.1–2.0 and must come back to within
 * {@value #TOLERANCE} per year of the truth. The hardware trend sets that fact's level one to one, so the
 * band maps to a single interval of the parameter and the optimum is known exactly. (An earlier version
 * recovered willingness to pay from the paying share; at the few thousand users a quick test can afford,
 * that response is not monotone: its slope, about 0.01 per USD/month, is below the noise of the labs'
 * pricing experiments, about 0.02, so several values meet a narrow band and the optimum is not known.)
 */
class SyntheticRecoveryTest {
    static final double TRUE_VALUE = 1.6;
    static final double HALF_WIDTH = 0.02;
    static final double TOLERANCE = 0.05;

    @TempDir
    Path dir;

    @Test
    void recoversTheHardwareTrendFromAGrowthTheModelMade() throws Exception {
        CalibrationSpec spec = quickSpec(dir, HARDWARE_TREND);
        try (LocalEngine engine = new LocalEngine(2);
             EvaluationLog log = new EvaluationLog(dir.resolve("truth.csv"), spec.parameters())) {
            Calibrator truth = new Calibrator(spec, engine, log, s -> { });
            StylizedFact fact = StylizedFact.HARDWARE_PRICE_PERFORMANCE;
            double level = truth.means("truth", new double[] {TRUE_VALUE}, List.of(TargetBand.of(fact))).get(fact.id());
            assertEquals(TRUE_VALUE, level, 0.01, "the hardware trend sets the growth of FLOP per dollar");
            TargetBand synthetic = new TargetBand(fact, level * (1 - HALF_WIDTH), level * (1 + HALF_WIDTH));
            CalibrationSpec fitSpec = spec.with(List.of(synthetic), 24, 4, 0);
            Calibrator.Fit fit;
            try (EvaluationLog fitLog = new EvaluationLog(dir.resolve("fit.csv"), spec.parameters())) {
                fit = new Calibrator(fitSpec, engine, fitLog, s -> { }).fit("fit", fitSpec.targets(), fitSpec.evaluations());
            }
            assertEquals(0, fit.distance(), 1e-12, "the synthetic band is reached");
            assertEquals(TRUE_VALUE, fit.values()[0], TOLERANCE, "recovered hardware trend");
        }
    }

    @Test
    void theFitIsTheSameWhateverTheThreadCount() throws Exception {
        CalibrationSpec spec = quickSpec(dir).with(List.of(TargetBand.of(StylizedFact.PAYING_SHARE)), 6, 2, 0);
        double[][] fitted = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            try (LocalEngine engine = new LocalEngine(threads);
                 EvaluationLog log = new EvaluationLog(dir.resolve("t" + threads + ".csv"), spec.parameters())) {
                fitted[threads - 1] = new Calibrator(spec, engine, log, s -> { }).fit("fit", spec.targets(), 6).values();
            }
        }
        assertArrayEquals(fitted[0], fitted[1], 0);
    }

    @Test
    void aResumedFitRunsNoCandidateTwiceAndEndsTheSame() throws Exception {
        CalibrationSpec spec = quickSpec(dir).with(List.of(TargetBand.of(StylizedFact.PAYING_SHARE)), 6, 2, 0);
        Path file = dir.resolve("log.csv");
        double[] first;
        try (LocalEngine engine = new LocalEngine(2); EvaluationLog log = new EvaluationLog(file, spec.parameters())) {
            first = new Calibrator(spec, engine, log, s -> { }).fit("fit", spec.targets(), 6).values();
        }
        long rows = Files.readAllLines(file).size();
        try (LocalEngine engine = new LocalEngine(2); EvaluationLog log = new EvaluationLog(file, spec.parameters())) {
            assertEquals(rows - 1, log.resumed());
            assertArrayEquals(first, new Calibrator(spec, engine, log, s -> { }).fit("fit", spec.targets(), 6).values(), 0);
        }
        assertEquals(rows, Files.readAllLines(file).size(), "every candidate came from the log");
    }

    static final String WILLINGNESS_TO_PAY = """
            {"path": "population.valueUsdPerMonthAtMedianIncome", "min": 2, "max": 30}""";
    static final String HARDWARE_TREND = """
            {"path": "trends.hardwareGrowthPerYear", "min": 1.1, "max": 2.0}""";

    static CalibrationSpec quickSpec(Path dir) throws Exception {
        return quickSpec(dir, WILLINGNESS_TO_PAY);
    }

    /** One parameter, the validation-quick experiment cut to 2 seeds of 1,000 users. */
    static CalibrationSpec quickSpec(Path dir, String parameter) throws Exception {
        Path experiment = dir.resolve("experiment.json");
        String quick = Files.readString(Path.of("..", "scenarios", "experiments", "validation-quick.json"));
        Files.writeString(experiment, quick.replace("\"seeds\": 3", "\"seeds\": 2").replace("\"agents\": 2000", "\"agents\": 1000")
                .replace("../calibration-2024.json", Path.of("..", "scenarios", "calibration-2024.json").toAbsolutePath().toString()));
        Path file = dir.resolve("calibration.json");
        Files.writeString(file, """
                {"name": "synthetic", "purpose": "test", "experiment": "experiment.json",
                 "parameters": [%s],
                 "targets": ["paying_share"],
                 "optimiser": {"evaluations": 24}, "posterior": {"points": 4, "tolerance": 0.1}}
                """.formatted(parameter));
        return CalibrationLoader.load(file);
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }

    static Map<String, Double> none() {
        return Map.of();
    }
}
