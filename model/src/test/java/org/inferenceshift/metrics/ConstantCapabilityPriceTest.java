package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.compute.Trends;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The price of constant capability on hand-built offers: three configurations with reasoning E 25.2,
 * 25.8 and 26.5 and FLOP per query 1e14, 3e14 and 2e15, at 5e17 FLOP per dollar. With a target of 25.5
 * only the second and third reach it; the cheaper is 3e14 / 5e17 = $6e-4 a query. Its fall per year: from
 * $0.0240 to $6e-4 over 24 months is (40)^(12/24) = 6.32x a year.
 */
class ConstantCapabilityPriceTest {
    private final double[] e = {25.2, 25.8, 26.5, 99};
    private final double[] flop = {1e14, 3e14, 2e15, 1};

    @Test
    void theCheapestOfferReachingTheTargetSetsThePrice() {
        assertEquals(6e-4, ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 25.5, 5e17), 1e-18);
        assertEquals(2e-4, ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 25.0, 5e17), 1e-18,
                "a lower target lets the cheapest offer in");
        assertEquals(6e-4, ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 25.8, 5e17), 1e-18,
                "reaching means at least the target");
        assertTrue(Double.isNaN(ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 27, 5e17)),
                "no offer reaches it; the entry past count is not an offer");
    }

    @Test
    void theDeclineIsAnnualisedFromTheFirstMonth() {
        assertEquals(Math.sqrt(40), ConstantCapabilityPrice.declinePerYear(0.024, 6e-4, 24), 1e-12);
        assertEquals(40, ConstantCapabilityPrice.declinePerYear(0.024, 6e-4, 12), 1e-12);
        assertTrue(Double.isNaN(ConstantCapabilityPrice.declinePerYear(0.024, 6e-4, 0)), "first month");
        assertTrue(Double.isNaN(ConstantCapabilityPrice.declinePerYear(Double.NaN, 6e-4, 12)));
        assertTrue(Double.isNaN(ConstantCapabilityPrice.declinePerYear(0.024, Double.NaN, 12)));
    }

    /**
     * In a run: in the first month every lab sells its opening tier at k = 1, so the price is one query of
     * the frontier lab's model, 2 N x 1000 tokens at the first month's FLOP price (serving efficiency 1);
     * every later month's decline metric is (first / now)^(12 / t) of the price series.
     */
    @Test
    void inARunTheFirstPriceIsTheFrontierModelsQueryAndTheDeclineFollowsTheSeries() {
        RunResult run = HeadlessRun.run(TestScenarios.baseline(5_000, 24), 2);
        List<LabMonth> first = run.labMonths().stream().filter(r -> r.month() == 0 && r.active()).toList();
        double frontierE = run.at(0, Metric.MAX_DEPLOYED_E);
        LabMonth frontier = first.stream().filter(r -> r.deployedTopE() == frontierE).findFirst().orElseThrow();
        assertEquals(1.0, frontier.maxMultiplier(), 0.0, "opening tiers are at k = 1");
        double tokens = run.scenario().serving().tokensPerQuery();
        double expected = 2 * frontier.deployedParameters() * tokens / new Trends(run.scenario().trends()).flopPerDollar(0);
        assertEquals(expected, run.at(0, Metric.CONSTANT_CAPABILITY_PRICE), expected * 1e-12);
        assertTrue(Double.isNaN(run.at(0, Metric.CONSTANT_CAPABILITY_PRICE_DECLINE)));
        double p0 = run.at(0, Metric.CONSTANT_CAPABILITY_PRICE);
        for (int t = 1; t < run.rows().size(); t++) {
            double pt = run.at(t, Metric.CONSTANT_CAPABILITY_PRICE);
            double decline = run.at(t, Metric.CONSTANT_CAPABILITY_PRICE_DECLINE);
            if (Double.isNaN(pt)) {
                assertTrue(Double.isNaN(decline), "month " + t);
            } else {
                assertEquals(Math.pow(p0 / pt, 12.0 / t), decline, 1e-9 * decline, "month " + t);
            }
        }
    }
}
