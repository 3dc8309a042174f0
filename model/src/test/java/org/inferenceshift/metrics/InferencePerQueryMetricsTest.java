package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The k metrics and the deployment-growth decomposition (issue 16 items 2 and 5). */
class InferencePerQueryMetricsTest {

    @Test
    void theDecompositionsSharesAreTheLogGrowthsOfItsThreeFactors() {
        // queries x2, FLOP per query x4 of which k x2 (so N x2): D x8, each factor ln 2 / ln 8 = 1/3
        for (DeploymentGrowth.Term term : DeploymentGrowth.Term.values()) {
            assertEquals(1.0 / 3, DeploymentGrowth.share(term, 10, 100, 1, 20, 400, 2), 1e-12, term.name());
        }
        // queries x10, FLOP per query unchanged but k x10 (so N /10): ln D = ln 10, shares 1, 1, -1
        assertEquals(1, DeploymentGrowth.share(DeploymentGrowth.Term.QUERIES, 1, 5, 1, 10, 5, 10), 1e-12);
        assertEquals(1, DeploymentGrowth.share(DeploymentGrowth.Term.INFERENCE, 1, 5, 1, 10, 5, 10), 1e-12);
        assertEquals(-1, DeploymentGrowth.share(DeploymentGrowth.Term.MODEL_SIZE, 1, 5, 1, 10, 5, 10), 1e-12);
        assertTrue(Double.isNaN(DeploymentGrowth.share(DeploymentGrowth.Term.QUERIES, 1, 5, 1, 1, 5, 1)),
                "no growth: undefined");
        assertTrue(Double.isNaN(DeploymentGrowth.share(DeploymentGrowth.Term.QUERIES, Double.NaN, 5, 1, 1, 5, 1)));
    }

    @Test
    void everyMonthsKMetricsLieWithinWhatIsOfferedAndTheSharesAddToOne() {
        RunResult run = HeadlessRun.run(TestScenarios.shipped("inference-era", java.util.Map.of(
                "population.agents", "5000", "horizonMonths", "48")), 2);
        boolean grew = false;
        for (int t = 0; t < run.months(); t++) {
            // users chose among the menus published at the start of the month (last month's after its reviews);
            // k_max is read from the menus at the end of the month, after this month's reviews
            double kMax = Math.max(run.at(t, Metric.K_MAX), t > 0 ? run.at(t - 1, Metric.K_MAX) : 1);
            double mean = run.at(t, Metric.K_QUERY_MEAN);
            double p10 = run.at(t, Metric.K_QUERY_P10);
            double p90 = run.at(t, Metric.K_QUERY_P90);
            // the histogram's bins are 0.01 OOM wide: a percentile is within half a bin of a k used
            double halfBin = Math.pow(10, 0.005);
            assertTrue(1 <= mean && mean <= kMax, "month " + t + ": mean k " + mean + " within [1, k_max " + kMax + "]");
            assertTrue(1 <= p10 && p10 <= p90 && p90 <= kMax * halfBin, "month " + t + ": " + p10 + ", " + p90);
            assertEquals(run.at(t, Metric.INFERENCE_FLOP_PER_QUERY) * run.at(t, Metric.TIER_QUERIES),
                    deploymentDemand(run, t), 1e-9 * deploymentDemand(run, t), "month " + t + ": D = Q F");
            if (t > 0) {
                double sum = run.at(t, Metric.DEPLOYMENT_GROWTH_SHARE_QUERIES)
                        + run.at(t, Metric.DEPLOYMENT_GROWTH_SHARE_MODEL_SIZE)
                        + run.at(t, Metric.DEPLOYMENT_GROWTH_SHARE_INFERENCE);
                assertEquals(1.0, sum, 1e-9, "month " + t);
                grew |= run.at(t, Metric.K_QUERY_MEAN) > 1;
            }
        }
        assertTrue(grew, "the run exercises inference per query above 1");
    }

    /** Lab demand (FLOP) in month t from the lab-month rows. */
    private static double deploymentDemand(RunResult run, int t) {
        return run.labMonths().stream().filter(l -> l.month() == t).mapToDouble(LabMonth::demandFlop).sum();
    }

    @Test
    void anAdaptiveTierWhoseCapIsOneIsAFixedTierAtKOne() {
        // menus fixed at the opening tier, k = 1: the adaptive rule has nothing to adapt, so every figure is
        // the same bits as with fixed tiers (the reuse of successes, the costing by k used, the metrics)
        String menus = "\"labDefaults\": { \"pricingPolicy\": \"FIXED\", \"tierInference\": \"%s\" }";
        Scenario adaptive = TestScenarios.small(4_000, 36, menus.formatted("ADAPTIVE"));
        Scenario fixed = TestScenarios.small(4_000, 36, menus.formatted("FIXED"));
        RunResult a = HeadlessRun.run(adaptive, 2);
        RunResult f = HeadlessRun.run(fixed, 2);
        for (int t = 0; t < a.months(); t++) {
            for (Metric metric : Metric.values()) {
                assertEquals(f.at(t, metric), a.at(t, metric), 0, "month " + t + " " + metric.column());
            }
        }
    }
}
