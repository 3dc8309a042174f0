package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The numbers in metric definitions are scenario data: moving one changes its metric's column, to a value
 * counted by hand from the run's own labs and models tables, and leaves every other number of the run alone.
 */
class MetricsParamsTest {
    private static final Set<Metric> DEFINED_BY_PARAMETERS = EnumSet.of(Metric.LABS_NEAR_FRONTIER,
            Metric.MODELS_ABOVE_1E25_FLOP, Metric.DEPLOYMENT_EXCEEDS_PRETRAINING_SHARE, Metric.RUNS_BELOW_THRESHOLD,
            Metric.BUNCHING_SHARE);
    private static RunResult defaults;
    private static RunResult widened;

    @BeforeAll
    static void simulate() {
        defaults = HeadlessRun.run(TestScenarios.baseline(3000, 48), 1);
        // every deployed lab near the frontier, every run large, every released model old enough
        widened = HeadlessRun.run(TestScenarios.shipped("baseline", Map.of("population.agents", "3000",
                "horizonMonths", "48", "metrics.nearFrontierGapE", "10", "metrics.largeTrainingRunFlop", "1e15",
                "metrics.deploymentCrossoverAgeMonths", "0", "metrics.bunchingBandOom", "3")), 1);
    }

    @Test
    void theDefaultsAreTheFormerConstants() {
        var metrics = defaults.scenario().metrics();
        assertEquals(0.5, metrics.nearFrontierGapE());
        assertEquals(1e25, metrics.largeTrainingRunFlop());
        assertEquals(12, metrics.deploymentCrossoverAgeMonths());
        assertEquals(0.3, metrics.bunchingBandOom());
    }

    @Test
    void noOtherNumberOfTheRunMoves() {
        assertEquals(defaults.labMonths(), widened.labMonths());
        for (Metric metric : Metric.values()) {
            if (!DEFINED_BY_PARAMETERS.contains(metric)) {
                assertEquals(List.of(box(defaults.series(metric))), List.of(box(widened.series(metric))), metric.column());
            }
        }
    }

    @Test
    void aWideGapCountsEveryActiveLabWithADeployedModel() {
        for (int month = 0; month < widened.months(); month++) {
            int month0 = month;
            long deployed = widened.labMonths().stream()
                    .filter(r -> r.month() == month0 && r.active() && !Double.isNaN(r.deployedTopE())).count();
            assertEquals(deployed, widened.at(month, Metric.LABS_NEAR_FRONTIER), "month " + month);
            assertTrue(widened.at(month, Metric.LABS_NEAR_FRONTIER) >= defaults.at(month, Metric.LABS_NEAR_FRONTIER));
        }
    }

    @Test
    void aLowLineCountsEveryReleasedTrainingRunAndAZeroAgeEveryReleasedModel() {
        Map<String, Integer> entryMonth = new HashMap<>();
        for (LabMonth row : widened.labMonths()) {
            entryMonth.putIfAbsent(row.labId(), row.month());
        }
        List<ModelRecord> released = widened.modelRecords().stream().filter(ModelRecord::released).toList();
        long ownRuns = released.stream().filter(m -> {
            int entered = entryMonth.get(m.labId());
            return entered == 0 || m.trainedMonth() != entered;
        }).count();
        assertEquals(ownRuns, widened.last(Metric.MODELS_ABOVE_1E25_FLOP));
        long exceeding = released.stream().filter(ModelRecord::deploymentExceedsPretraining).count();
        assertEquals((double) exceeding / released.size(), widened.last(Metric.DEPLOYMENT_EXCEEDS_PRETRAINING_SHARE), 1e-12);
    }

    private static Double[] box(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
