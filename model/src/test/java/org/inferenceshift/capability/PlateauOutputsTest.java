package org.inferenceshift.capability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.ModelRecord;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16's rule that no output shows a configuration beyond what the gain shape allows: in every month
 * of the shipped eras, under either shape, no lab's menu offers k above its deployed model's 10^P and the
 * cheapest human-level configuration stays within the plateau and the per-task compute limit. These are
 * the tables `run` writes (labs.csv max_multiplier, timeseries.csv human_level_k, models.csv plateau_oom).
 */
class PlateauOutputsTest {
    private static final double ROUNDING = 1e-9;

    @ParameterizedTest(name = "{0} under {1}, at most {2} FLOP a task")
    @CsvSource({"baseline, HARD, 1e21", "baseline, SATURATING, 1e21", "inference-era, HARD, 1e21",
            "inference-era, SATURATING, 1e21", "inference-era, SATURATING, 1e40", "ida-era, HARD, 1e21",
            "calibration-2024, SATURATING, 1e21"})
    void noOutputShowsAConfigurationBeyondThePlateau(String scenarioName, String shape, String taskLimit) {
        // 1e40 lifts the per-task limit, so that only the plateau stands between SATURATING and k = 10^9
        Scenario scenario = TestScenarios.shipped(scenarioName, Map.of("population.agents", "1500",
                "capability.gainShape", "\"" + shape + "\"", "serving.maxFlopPerTask", taskLimit));
        RunResult result = HeadlessRun.run(scenario, 1);
        List<ModelRecord> models = result.modelRecords();
        int checkedMenus = 0;
        for (LabMonth month : result.labMonths()) {
            Optional<ModelRecord> deployed = deployedAt(models, month.labId(), month.month());
            if (!month.active() || month.tiers() == 0 || deployed.isEmpty()) {
                continue;
            }
            double cap = Math.pow(10, deployed.get().plateauOom());
            assertTrue(month.maxMultiplier() <= cap * (1 + ROUNDING), () -> scenarioName + " month " + month.month()
                    + " lab " + month.labId() + ": k " + month.maxMultiplier() + " above 10^P = " + cap);
            checkedMenus++;
        }
        assertTrue(checkedMenus > 100, "too few lab-months with a deployed model to test: " + checkedMenus);

        double maxFlopPerTask = scenario.serving().maxFlopPerTask();
        for (int t = 0; t < result.months(); t++) {
            double k = result.at(t, Metric.HUMAN_LEVEL_K);
            if (Double.isNaN(k)) {
                continue;
            }
            int month = t;
            double widestPlateau = models.stream().filter(m -> m.released() && m.releaseMonth() <= month)
                    .mapToDouble(ModelRecord::plateauOom).max().orElseThrow();
            double flop = result.at(t, Metric.HUMAN_LEVEL_COST_PER_TASK) * result.at(t, Metric.FLOP_PER_USD);
            assertTrue(k <= Math.pow(10, widestPlateau) * (1 + ROUNDING),
                    () -> scenarioName + " month " + month + ": human-level k " + k + " beyond every plateau");
            assertTrue(flop <= maxFlopPerTask * (1 + ROUNDING),
                    () -> scenarioName + " month " + month + ": human-level task of " + flop + " FLOP above the limit");
        }
    }

    /** A lab's deployed model in a month: the last one it released by then (a release replaces the deployed model). */
    private static Optional<ModelRecord> deployedAt(List<ModelRecord> models, String labId, int month) {
        return models.stream().filter(m -> m.labId().equals(labId) && m.released() && m.releaseMonth() <= month)
                .max(Comparator.comparingInt(ModelRecord::releaseMonth).thenComparingInt(ModelRecord::modelId));
    }
}
