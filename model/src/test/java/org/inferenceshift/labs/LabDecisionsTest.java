package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The factory picks the implementation each lab's scenario names; the fixed ones never change anything. */
class LabDecisionsTest {

    @Test
    void theScenarioNamesEachLabsImplementations() {
        Scenario scenario = TestScenarios.small(100, 12, "");
        LabSpec spec = scenario.labs().get(0);
        LabSpec fixed = new LabSpec(spec.id(), spec.cashUsd(), spec.revenueUsdPerMonth(), spec.fixedCostUsdPerMonth(),
                spec.initialUserShare(), spec.openWeights(), org.inferenceshift.scenario.AllocationKind.FIXED,
                org.inferenceshift.scenario.PricingKind.FIXED,
                org.inferenceshift.scenario.CapacityKind.FIXED_SHARE, spec.tierInference(), spec.inferenceRevision(),
                spec.tokensPerParameter(), spec.trainingMonths(),
                spec.finalRunShare(), spec.initialModel(), spec.allocation(), spec.tier());
        LabDecisions both = LabDecisions.forLab(fixed, scenario);
        assertInstanceOf(FixedAllocation.class, both.allocation());
        assertInstanceOf(FixedMenu.class, both.pricing());
        assertInstanceOf(FixedShareCapacity.class, both.capacity());
        LabSpec experimenting = new LabSpec(spec.id(), spec.cashUsd(), spec.revenueUsdPerMonth(),
                spec.fixedCostUsdPerMonth(), spec.initialUserShare(), spec.openWeights(),
                org.inferenceshift.scenario.AllocationKind.ADAPTIVE, org.inferenceshift.scenario.PricingKind.EXPERIMENT,
                org.inferenceshift.scenario.CapacityKind.DEMAND_FORECAST, spec.tierInference(), spec.inferenceRevision(),
                spec.tokensPerParameter(), spec.trainingMonths(), spec.finalRunShare(), spec.initialModel(),
                spec.allocation(), spec.tier());
        LabDecisions learning = LabDecisions.forLab(experimenting, scenario);
        assertInstanceOf(AdaptiveAllocation.class, learning.allocation());
        assertInstanceOf(TierExperimentation.class, learning.pricing());
        assertInstanceOf(DemandForecastCapacity.class, learning.capacity());
        assertEquals(spec.allocation(), learning.allocation().current(), "an adaptive lab opens with its scenario split");
    }

    @Test
    void fixedAllocationKeepsTheScenarioSplitAndReportsNoFitness() {
        AllocationShares split = new AllocationShares(0.6, 0.1, 0.3, 0);
        FixedAllocation fixed = new FixedAllocation(split, 40);
        StubMarket market = new StubMarket();
        StubMarket.Face self = market.addLab();
        market.random = new StubMarket.ScriptedRandom(); // any draw would fail
        for (int month = 0; month < 24; month++) {
            self.revenueUsd = month;
            fixed.review(self, market);
        }
        assertEquals(split, fixed.current());
        assertEquals(40, fixed.tokensPerParameter(), 0.0);
        assertTrue(Double.isNaN(fixed.lastFitness()));
    }

    @Test
    void fixedMenuKeepsTheOpeningMenu() {
        TierMenu menu = new TierMenu();
        menu.add(Tier.paid("standard", 20, 1));
        StubMarket market = new StubMarket();
        StubMarket.Face self = market.addLab();
        market.random = new StubMarket.ScriptedRandom();
        TierStats stats = new TierStats();
        stats.reset(1);
        stats.set(0, 10, 100, -5, 50); // losing money changes nothing either
        for (int month = 0; month < 24; month++) {
            new FixedMenu().revise(self, menu, stats, market);
        }
        assertEquals(1, menu.size());
        assertEquals(Tier.paid("standard", 20, 1), menu.get(0));
    }
}
