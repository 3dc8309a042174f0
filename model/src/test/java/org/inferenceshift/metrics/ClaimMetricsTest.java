package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.compute.Trends;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metrics the claims engine added (open-weight share and gap, marginal cost share, transparency gap),
 * recomputed every month from other outputs of the same run: labs.csv rows and other metrics.
 */
class ClaimMetricsTest {
    private static RunResult run;

    @BeforeAll
    static void simulate() {
        run = HeadlessRun.run(TestScenarios.baseline(20_000, 48), 2);
    }

    private static List<LabMonth> labsIn(int month) {
        return run.labMonths().stream().filter(r -> r.month() == month).toList();
    }

    @Test
    void marginalCostShareIsServingDemandAtTheMonthsServingFlopPriceOverRevenue() {
        Trends trends = new Trends(run.scenario().trends());
        for (int t = 0; t < run.rows().size(); t++) {
            double demand = labsIn(t).stream().mapToDouble(LabMonth::demandFlop).sum();
            double revenue = labsIn(t).stream().mapToDouble(LabMonth::revenueUsd).sum();
            // the serving FLOP price: hardware FLOP per dollar times serving efficiency (MODEL.md §7.1)
            double expected = demand / (trends.flopPerDollar(t) * trends.servingEfficiency(t)) / revenue;
            assertEquals(expected, run.at(t, Metric.MARGINAL_COST_SHARE), 1e-9 * expected, "month " + t);
        }
    }

    /**
     * The baseline has an open-weight lab from the start, so the outside option is always its model self-hosted:
     * the open-weight share is everyone using AI who is not subscribed to a closed lab.
     */
    @Test
    void openWeightUsersAreSelfHostersPlusOpenWeightLabsSubscribers() {
        for (int t = 0; t < run.rows().size(); t++) {
            double open = labsIn(t).stream().filter(LabMonth::openWeights).mapToDouble(LabMonth::userShare).sum();
            // user shares are of all people, the metric of people using AI; self-hosters use open weights by
            // choice, people on no AI do not (issue 18 item 3)
            assertEquals(run.at(t, Metric.SELF_HOSTING_SHARE) + open / run.at(t, Metric.AI_USER_SHARE),
                    run.at(t, Metric.OPEN_WEIGHT_USER_SHARE), 1e-9, "month " + t);
        }
    }

    @Test
    void gapsAreDifferencesOfTheFrontierMetrics() {
        for (int t = 0; t < run.rows().size(); t++) {
            assertEquals(run.at(t, Metric.MAX_DEPLOYED_E) - run.at(t, Metric.OUTSIDE_OPTION_E),
                    run.at(t, Metric.SELF_HOSTED_GAP_E), 1e-12, "month " + t);
            double transparency = run.at(t, Metric.TRANSPARENCY_GAP_E);
            assertEquals(run.at(t, Metric.MAX_INTERNAL_E) - run.at(t, Metric.MAX_DEPLOYED_E), transparency, 1e-12);
            assertTrue(transparency >= -1e-12, "month " + t);
        }
    }

    @Test
    void withoutOpenWeightsTheOpenWeightMetricsAreZeroAndUndefined() {
        RunResult closed = HeadlessRun.run(TestScenarios.parse("""
                {
                  "name": "closed", "seed": 3, "horizonMonths": 12,
                  "population": { "agents": 2000, "represents": 1.0e7 },
                  "entry": { "entrantsPerYear": 0 },
                  "labs": [
                    { "id": "a", "cashUsd": 2.0e9, "revenueUsdPerMonth": 1.0e7, "initialUserShare": 0.05 },
                    { "id": "b", "cashUsd": 1.0e9, "initialUserShare": 0.02 }
                  ]
                }
                """), 1);
        for (int t = 0; t < closed.rows().size(); t++) {
            assertEquals(0, closed.at(t, Metric.OPEN_WEIGHT_USER_SHARE), "month " + t);
            assertTrue(Double.isNaN(closed.at(t, Metric.SELF_HOSTED_GAP_E)), "month " + t);
        }
    }
}
