package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.scenario.PricingParams;
import org.junit.jupiter.api.Test;

/**
 * Menu experiments against a stub market. The lab has one paid tier ($20, k = 1), a model whose plateau
 * is 10^0 (so no higher tier can open) and room for one tier only (no free tier, nothing to drop): the
 * only experiment that applies is a price step of ±20%, whose direction the scripted generator sets.
 * Each review is one month (pricingPeriodMonths = 1). Menu fitness = profit / all labs' revenue (the
 * share term is zero: the share does not move within a one-month period).
 */
class TierExperimentationTest {
    private static final double PRICE = 20;

    private static PricingParams pricing() {
        return new PricingParams(1, 0.2, 10, 0.5, 0.5, 1.0, 1, 2, 0.005, 0.3, 0.1, 0.5, 0.1, 0.25, 1.5, 2, 60);
    }

    private final StubMarket market = new StubMarket();
    private final StubMarket.Face self = market.addLab();
    private final StubMarket.Face rival = market.addLab();
    private final TierMenu menu = new TierMenu();
    private final TierStats stats = new TierStats();
    private final StubMarket.ScriptedRandom random = new StubMarket.ScriptedRandom();
    private final TierExperimentation policy = new TierExperimentation(
            new TierExperimentation.Params(pricing(), 1.0, 1000, 100));

    TierExperimentationTest() {
        self.deployed = StubMarket.model(0);
        menu.add(Tier.paid("standard", PRICE, 1));
        market.random = random;
        market.subscriberShares = new double[] {0.5, 0.5};
    }

    /** One review after a month in which the tier earned {@code revenue} and cost {@code cost} to serve. */
    private void review(double revenue, double cost) {
        stats.reset(1);
        stats.set(0, 10, 1000, revenue, cost);
        self.revenueUsd = revenue;
        rival.revenueUsd = 100;
        policy.revise(self, menu, stats, market);
    }

    @Test
    void aPriceStepThatRaisesFitnessIsKept() {
        // review 1: fitness (100 - 40) / 200 = 0.3; experiment: the only option (nextInt(1) = 0), the only
        // paid slot (0), up (true): $20 * 1.2 = $24
        random.then(0, 0, true);
        review(100, 40);
        assertEquals(PRICE * 1.2, menu.get(0).priceUsdPerMonth(), 1e-9);
        // review 2: fitness (100 - 20) / 200 = 0.4 >= 0.3, the step stands; the next one goes down 20%
        random.then(0, 0, false);
        review(100, 20);
        assertEquals(PRICE * 1.2 * 0.8, menu.get(0).priceUsdPerMonth(), 1e-9, "$24 kept, then $24 * 0.8");
        assertTrue(random.exhausted());
    }

    @Test
    void aPriceStepThatLowersFitnessIsUndone() {
        random.then(0, 0, true);
        review(100, 40);
        assertEquals(PRICE * 1.2, menu.get(0).priceUsdPerMonth(), 1e-9);
        // review 2: fitness (100 - 80) / 200 = 0.1 < 0.3: back to $20, then the next step down 20%
        random.then(0, 0, false);
        review(100, 80);
        assertEquals(PRICE * 0.8, menu.get(0).priceUsdPerMonth(), 1e-9, "$24 undone to $20, then $20 * 0.8");
        assertTrue(random.exhausted());
    }

    /**
     * A cut of k is judged leniently: it stands unless fitness fell by more than evidenceThreshold (1) times
     * the usual fluctuation. Tier at k = 10 on a plateau of 2 OOM (room for one tier: the experiments are a
     * price step or a cut). Review 1: fitness 0.3, price up; review 2: 0.4 (kept; fluctuation |0.4 - 0.3| =
     * 0.1), cut k to 10 / sqrt(10); review 3 judges the cut.
     */
    private void cutAfterTwoReviews() {
        self.deployed = StubMarket.model(2);
        menu.replace(0, Tier.paid("standard", PRICE, 10));
        random.then(0, 0, true);
        review(100, 40);
        random.then(1, 0);
        review(100, 20);
        assertEquals(Math.sqrt(10), menu.get(0).inferenceMultiplier(), 1e-12);
    }

    @Test
    void aCutOfKStandsWhenFitnessFellLessThanUsual() {
        cutAfterTwoReviews();
        // fitness 0.35: fluctuation 0.75 * 0.1 + 0.25 * 0.05 = 0.0875, and 0.35 >= 0.4 - 0.0875: the cut stands
        random.then(0, 0, true);
        review(100, 30);
        assertEquals(Math.sqrt(10), menu.get(0).inferenceMultiplier(), 1e-12);
        assertEquals(PRICE * 1.2 * 1.2, menu.get(0).priceUsdPerMonth(), 1e-9, "then the next step: up 20%");
    }

    @Test
    void aCutOfKIsUndoneWhenFitnessFellMoreThanUsual() {
        cutAfterTwoReviews();
        // fitness 0.25: fluctuation 0.75 * 0.1 + 0.25 * 0.15 = 0.1125, and 0.25 < 0.4 - 0.1125: back to k = 10
        random.then(0, 0, true);
        review(100, 50);
        assertEquals(10, menu.get(0).inferenceMultiplier(), 0.0);
    }

    @Test
    void nothingChangesBetweenReviews() {
        TierExperimentation quarterly = new TierExperimentation(new TierExperimentation.Params(
                new PricingParams(3, 0.2, 10, 0.5, 0.5, 1.0, 1, 2, 0.005, 0.3, 0.1, 0.5, 0.1, 0.25, 1.5, 2, 60), 1.0, 1000, 100));
        stats.reset(1);
        stats.set(0, 10, 1000, 100, 40);
        quarterly.revise(self, menu, stats, market);
        quarterly.revise(self, menu, stats, market);
        assertEquals(PRICE, menu.get(0).priceUsdPerMonth(), 0.0, "no draw, no change before the third month");
    }

    /**
     * With room for two tiers (maxTiers 2) on a model whose plateau allows no higher tier, the experiments
     * that apply are, in order: a price step, a distilled tier, a free tier. Drawing the second opens a tier
     * on the distilled model at k = 1: a tenth of the flagship's N, 0.5 E below it (0.5 E per OOM of size),
     * priced at the larger of 1.5 x its serving cost per subscriber (100 queries x 0.1 x 2 N x 1000 tokens /
     * 1e18 FLOP per dollar, N = sqrt(1e24 / 120) = 9.13e10: $0.0027) and $20 x 0.1^0.5 = $6.32. At the next
     * review a fall in fitness undoes it, and the flagship tier, the last paid flagship tier, stays.
     */
    @Test
    void aDistilledTierOpensAtItsSizeAndPenaltyAndIsUndoneWhenFitnessFalls() {
        TierExperimentation roomy = new TierExperimentation(new TierExperimentation.Params(
                new PricingParams(1, 0.2, 10, 0.5, 0.5, 1.0, 2, 2, 0.005, 0.3, 0.1, 0.5, 0.1, 0.25, 1.5, 2, 60), 1.0, 1000, 100));
        random.then(1);
        stats.reset(1);
        stats.set(0, 10, 1000, 100, 40);
        self.revenueUsd = 100;
        rival.revenueUsd = 100;
        roomy.revise(self, menu, stats, market);
        assertEquals(2, menu.size());
        Tier distilled = menu.get(1);
        assertTrue(distilled.isDistilled());
        assertEquals(0.1, distilled.sizeFraction(), 0.0);
        assertEquals(-0.5, distilled.capabilityOffsetE(), 1e-12);
        assertEquals(1.0, distilled.inferenceMultiplier(), 0.0);
        assertEquals(20 * Math.sqrt(0.1), distilled.priceUsdPerMonth(), 1e-9);
        // review 2: fitness (100 - 80) / 200 = 0.1 < 0.3: the distilled tier goes; then a price step (up)
        random.then(0, 0, true);
        stats.reset(2);
        stats.set(0, 10, 1000, 100, 80);
        roomy.revise(self, menu, stats, market);
        assertEquals(1, menu.size(), "the distilled tier was undone");
        assertTrue(!menu.get(0).isDistilled());
        assertEquals(PRICE * 1.2, menu.get(0).priceUsdPerMonth(), 1e-9);
        assertTrue(random.exhausted());
    }

    /** With distilledSizeFraction 1 (distillation off) no distilled tier is offered: the options are a price step and a free tier. */
    @Test
    void noDistilledTierWhenDistillationIsOff() {
        TierExperimentation off = new TierExperimentation(new TierExperimentation.Params(
                new PricingParams(1, 0.2, 10, 0.5, 0.5, 1.0, 2, 2, 0.005, 0.3, 1.0, 0.5, 0.1, 0.25, 1.5, 2, 60), 1.0, 1000, 100));
        random.then(1);
        stats.reset(1);
        stats.set(0, 10, 1000, 100, 40);
        off.revise(self, menu, stats, market);
        assertEquals(2, menu.size());
        assertTrue(menu.get(1).isFree(), "the second of two options is the free tier");
        assertEquals(1.0, menu.get(1).sizeFraction(), 0.0, "it serves the flagship");
        assertEquals(0.0, menu.get(1).capabilityOffsetE(), 0.0);
    }
}
