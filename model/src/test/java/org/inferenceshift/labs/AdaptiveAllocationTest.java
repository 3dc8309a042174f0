package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.inferenceshift.scenario.AllocationShares;
import org.junit.jupiter.api.Test;

/**
 * Allocation reviews against a stub market, every month (periodMonths = 1). Fitness of a one-month period
 * = (revenue - spend) / max(revenue, spend): the share and capability terms are zero (the share does not
 * move within the period; the forecast equals the frontier). The first review accepts the opening
 * allocation and, with imitationProbability 1, copies the fittest rival. For the second review the rivals
 * report no fitness, so the lab explores around what it accepted; with concentration 10,000 and a
 * tokens-per-parameter step of sd 1e-12 the trial is the accepted allocation to within a few tenths of a
 * percentage point (sd of a share sqrt(a (1 - a) / 10,001) < 0.005), and its ratio to within 1e-9.
 */
class AdaptiveAllocationTest {
    private static final AllocationShares OPENING = new AllocationShares(0.5, 0.05, 0.45, 0);
    /** The fittest rival's split, with an IDA share this lab cannot use (IDA disabled). */
    private static final AllocationShares FITTEST = new AllocationShares(0.4, 0.1, 0.3, 0.2);

    private final StubMarket market = new StubMarket();
    private final StubMarket.Face self = market.addLab();
    private final StubMarket.Face fittest = market.addLab();
    private final StubMarket.Face other = market.addLab();
    private final AdaptiveAllocation strategy = new AdaptiveAllocation(OPENING, 20,
            new AdaptiveAllocation.Params(1, 1.0, 1.0, 1.0, 10_000, 0.01, 0, 20, 2000, false, false));

    AdaptiveAllocationTest() {
        market.subscriberShares = new double[] {0.3, 0.3, 0.4};
        fittest.allocation = FITTEST;
        fittest.tokensPerParameter = 100;
        fittest.lastFitness = 0.4;
        other.allocation = new AllocationShares(0.2, 0.2, 0.6, 0);
        other.tokensPerParameter = 500;
        other.lastFitness = 0.1;
    }

    private void month(double revenue, double spend) {
        self.revenueUsd = revenue;
        self.spendUsd = spend;
        strategy.review(self, market);
    }

    /** Review 1: fitness (100 - 50) / 100 = 0.5; the draw 0.99 < imitationProbability 1 imitates. */
    private void firstReviewImitates() {
        market.random = new StubMarket.ScriptedRandom().then(0.99);
        month(100, 50);
    }

    @Test
    void theFirstReviewImitatesTheFittestActiveRival() {
        firstReviewImitates();
        assertEquals(0.5, strategy.lastFitness(), 1e-12);
        // the rival's split without its IDA share, renormalised: 0.4 / 0.8, 0.1 / 0.8, 0.3 / 0.8
        assertShares(new AllocationShares(0.5, 0.125, 0.375, 0), strategy.current(), 1e-12);
        assertEquals(100, strategy.tokensPerParameter(), 0.0);
    }

    @Test
    void anInactiveRivalIsNotImitated() {
        fittest.active = false;
        firstReviewImitates();
        assertEquals(other.allocation, strategy.current(), "the fittest active rival is the other one");
        assertEquals(500, strategy.tokensPerParameter(), 0.0);
    }

    @Test
    void aTrialThatDidAtLeastAsWellIsKept() {
        firstReviewImitates();
        noRivalToImitate();
        month(100, 40); // fitness 0.6 >= 0.5: the imitated split (ratio 100) is accepted
        assertEquals(0.6, strategy.lastFitness(), 1e-12);
        assertEquals(100, strategy.tokensPerParameter(), 1e-9);
        assertNear(new AllocationShares(0.5, 0.125, 0.375, 0), strategy.current());
    }

    @Test
    void aTrialThatDidWorseIsReverted() {
        firstReviewImitates();
        noRivalToImitate();
        month(100, 80); // fitness 0.2 < 0.5: back to the opening split (ratio 20)
        assertEquals(0.2, strategy.lastFitness(), 1e-12);
        assertEquals(20, strategy.tokensPerParameter(), 1e-9);
        assertNear(OPENING, strategy.current());
    }

    /**
     * With synthetic data on, a rival's synthetic share is imitated as it is; with it off (the other tests),
     * it would be dropped and the rest renormalised. Exploration around a split with a synthetic share keeps
     * it (Dirichlet draws with concentration 10,000 stay within a few tenths of a point) and sums to 1.
     */
    @Test
    void theSyntheticShareIsImitatedAndExploredOnlyWhenSyntheticDataIsOn() {
        AllocationShares withSynthetic = new AllocationShares(0.4, 0.1, 0.3, 0, 0.2);
        fittest.allocation = withSynthetic;
        AdaptiveAllocation on = new AdaptiveAllocation(OPENING, 20,
                new AdaptiveAllocation.Params(1, 1.0, 1.0, 1.0, 10_000, 0.01, 0, 20, 2000, false, true));
        market.random = new StubMarket.ScriptedRandom().then(0.99);
        self.revenueUsd = 100;
        self.spendUsd = 50;
        on.review(self, market);
        assertEquals(withSynthetic, on.current(), "imitated as it is");
        // the lab without synthetic data drops the share: 0.4 / 0.8, 0.1 / 0.8, 0.3 / 0.8
        firstReviewImitates();
        assertShares(new AllocationShares(0.5, 0.125, 0.375, 0), strategy.current(), 1e-12);
        assertEquals(0, strategy.current().synthetic(), 0.0);
        // exploring around the imitated split (kept: fitness 0.6 >= 0.5)
        noRivalToImitate();
        self.spendUsd = 40;
        on.review(self, market);
        assertEquals(0.2, on.current().synthetic(), 0.03);
        assertEquals(1, on.current().sum(), 1e-12);
    }

    private void noRivalToImitate() {
        fittest.lastFitness = Double.NaN;
        other.lastFitness = Double.NaN;
        market.random = new MersenneTwisterFast(42);
    }

    private static void assertNear(AllocationShares expected, AllocationShares actual) {
        assertShares(expected, actual, 0.03);
    }

    private static void assertShares(AllocationShares expected, AllocationShares actual, double tolerance) {
        assertEquals(expected.pre(), actual.pre(), tolerance, "pre");
        assertEquals(expected.post(), actual.post(), tolerance, "post");
        assertEquals(expected.inference(), actual.inference(), tolerance, "inference");
        assertEquals(0, actual.ida(), 0.0, "IDA stays at 0 when it is disabled");
    }
}
