package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.scenario.PricingParams;
import org.junit.jupiter.api.Test;

/**
 * The rules by which labs revise their tiers' k (MODEL.md §7.9), against a stub market. As in
 * TierExperimentationTest: one paid tier ($20, k = 1), room for one tier, one review a month, menu fitness =
 * profit / all labs' revenue, so with {@link ReviseTiers} the experiments that apply are a price step
 * (option 0) and a raise of k (option 1, or 2 once k > 1 allows a cut as option 1).
 */
class InferenceRevisionTest {
    private static final PricingParams PRICING = new PricingParams(1, 0.2, 10, 0.5, 0.5, 1.0, 1, 2, 0.005, 0.3, 1.0,
            0.5, 0.1, 0.25, 1.5, 2, 60);

    private final StubMarket market = new StubMarket();
    private final StubMarket.Face self = market.addLab();
    private final StubMarket.Face rival = market.addLab();
    private final TierMenu menu = new TierMenu();
    private final TierStats stats = new TierStats();
    private final StubMarket.ScriptedRandom random = new StubMarket.ScriptedRandom();
    private final TierExperimentation revising = new TierExperimentation(
            new TierExperimentation.Params(PRICING, 1.0, 1000, 100), new ReviseTiers(), true);

    InferenceRevisionTest() {
        self.deployed = StubMarket.model(2);
        menu.add(Tier.paid("standard", 20, 1, true));
        market.random = random;
        market.subscriberShares = new double[] {0.5, 0.5};
    }

    private void review(double revenue, double cost) {
        stats.reset(1);
        stats.set(0, 10, 1000, revenue, cost);
        self.revenueUsd = revenue;
        rival.revenueUsd = 100;
        revising.revise(self, menu, stats, market);
    }

    @Test
    void aRaiseOfTheBaseTiersKThatPaysIsKeptAndTheNextCanFollow() {
        // review 1: fitness (100 - 40) / 200 = 0.3; options [price, raise]: raise (1), the only tier (0): k = sqrt(10)
        random.then(1, 0);
        review(100, 40);
        assertEquals(Math.sqrt(10), menu.get(0).inferenceMultiplier(), 1e-12);
        assertTrue(menu.get(0).adaptive(), "an adaptive tier stays adaptive: its cap rose");
        // review 2: fitness 0.4 >= 0.3, kept; options [price, cut, raise]: raise again, to 10
        random.then(2, 0);
        review(100, 20);
        assertEquals(10, menu.get(0).inferenceMultiplier(), 1e-9);
        assertTrue(random.exhausted());
    }

    @Test
    void aRaiseThatLowersFitnessIsUndone() {
        random.then(1, 0);
        review(100, 40);
        // review 2: fitness (100 - 60) / 200 = 0.2 < 0.3: back to k = 1; then a price step up
        random.then(0, 0, true);
        review(100, 60);
        assertEquals(1, menu.get(0).inferenceMultiplier(), 0);
        assertEquals(24, menu.get(0).priceUsdPerMonth(), 1e-9);
    }

    @Test
    void aRaiseStopsAtThePlateauAndATierAtThePlateauIsNotRaised() {
        self.deployed = StubMarket.model(0.3);
        random.then(1, 0);
        review(100, 40);
        assertEquals(Math.pow(10, 0.3), menu.get(0).inferenceMultiplier(), 1e-12, "min(10^0.3, sqrt(10))");
        // review 2 (kept): options [price, cut] only, as the tier is at the plateau: a cut (1) to max(1, 10^0.3 / sqrt(10)) = 1
        random.then(1, 0);
        review(100, 20);
        assertEquals(1, menu.get(0).inferenceMultiplier(), 0);
    }

    @Test
    void theOldRuleNeverRaisesK() {
        assertFalse(new NewTiersOnly().raisesK());
        assertTrue(new ReviseTiers().raisesK());
        assertFalse(PremisedGrowth.of(PRICING).raisesK());
    }

    @Test
    void thePremiseSetsTheBaseTiersKOnItsScheduleWithinThePlateau() {
        // 10^(2 * min(1, month / 60)): month 0 -> 1, 30 -> 10, 60 and after -> 100
        PremisedGrowth premise = PremisedGrowth.of(PRICING);
        assertEquals(1, premise.premisedK(0), 0);
        assertEquals(10, premise.premisedK(30), 1e-12);
        assertEquals(100, premise.premisedK(90), 1e-12);
        menu.add(Tier.paid("pro", 200, 1000));
        menu.add(Tier.free(0.3, 0.1, 0.5));
        market.month = 30;
        premise.schedule(self, menu, market);
        assertEquals(10, menu.get(0).inferenceMultiplier(), 1e-12, "the cheapest paid tier is the base tier");
        assertEquals(1000, menu.get(1).inferenceMultiplier(), 0, "other tiers are left alone");
        assertEquals(1, menu.get(2).inferenceMultiplier(), 0, "the free tier is not the base product");
        market.month = 90;
        self.deployed = StubMarket.model(1.5);
        premise.schedule(self, menu, market);
        assertEquals(Math.pow(10, 1.5), menu.get(0).inferenceMultiplier(), 1e-12, "100 capped at the plateau 10^1.5");
    }
}
