package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.FixedAllocation;
import org.inferenceshift.labs.FixedMenu;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.LabDecisions;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The snapshot of three labs in two regions, every number from the formulas by hand: a closed lab "a"
 * (E 25, plateau 2 OOM, tiers $20 k = 1 and $200 k = 10, throttled to 0.1), an open-weight lab "b" (E 24,
 * one $10 tier at k = 1, withheld from region 1) and an exited lab "c". A tier's E is its lab's E plus
 * beta * log10(k * throttle) below k = 1, beta * P * (1 - exp(-log10(k * throttle) / P)) above.
 */
class SnapshotBuilderTest {
    private final Scenario scenario = TestScenarios.small(100, 12, "");
    private final CapabilityFunction capability = new CapabilityFunction(scenario.capability());
    private final double beta = scenario.capability().betaReasoning();
    private final ModelShape shapeA = ModelShape.fromCompute(1e25, 20);
    private final ModelShape shapeB = ModelShape.fromCompute(1e24, 20);

    private Lab lab(int index, String id, boolean open, TrainedModel model, Tier... tiers) {
        LabSpec d = scenario.labs().get(0);
        LabSpec spec = new LabSpec(id, 1e9, 0, 0, 0, open, d.allocationStrategy(), d.pricingPolicy(), d.capacityPlanning(),
                d.tierInference(), d.inferenceRevision(), 20, 6, 0.1,
                d.initialModel(), d.allocation(), d.tier());
        Lab lab = new Lab(index, spec, 0, new LabDecisions(new FixedAllocation(d.allocation(), 20), new FixedMenu()), 0, 2);
        lab.deploy(model, 0);
        for (Tier tier : tiers) {
            lab.menu().add(tier);
        }
        return lab;
    }

    private static TrainedModel model(int id, String lab, ModelShape shape, double physical, double baseE, boolean open) {
        return new TrainedModel(id, lab, 0, physical, physical, 1e22, shape, baseE, 2, open);
    }

    private MarketSnapshot snapshot() {
        Lab a = lab(0, "a", false, model(0, "a", shapeA, 1e25, 25, false), Tier.paid("standard", 20, 1),
                Tier.paid("pro", 200, 10));
        a.serving().setThrottle(0.1);
        Lab b = lab(1, "b", true, model(1, "b", shapeB, 1e24, 24, true), Tier.paid("standard", 10, 1));
        b.standing().withholdIn(1);
        Lab c = lab(2, "c", false, model(2, "c", shapeB, 1e24, 26, false), Tier.paid("standard", 10, 1));
        c.exit(0);
        MarketSnapshot m = new MarketSnapshot();
        SnapshotBuilder.build(m, List.of(a, b, c), new double[] {0.6, 0.4, 0}, capability, scenario.serving(),
                scenario.choice(), 2, scenario.population().successWidthE());
        return m;
    }

    @Test
    void eachSellingLabsTiersBecomeOptionsInLabOrder() {
        MarketSnapshot m = snapshot();
        assertEquals(3, m.optionCount(), "two tiers of a, one of b, none of the exited c");
        assertEquals(0, m.firstOption(0));
        assertEquals(2, m.firstOption(1));
        assertEquals(0, m.tierCount(2));
        assertEquals(1, m.optionLab(2));
        assertEquals(200, m.price(1), 0.0);
        assertEquals(10, m.multiplier(1), 0.0, "the offered k, before the throttle");
        // a's standard tier: k * throttle = 0.1, one OOM below k = 1
        assertEquals(25 - beta, m.eReasoning(0), 1e-12);
        // a's pro tier: 10 * 0.1 = 1, no gain and no loss
        assertEquals(25, m.eReasoning(1), 1e-12);
        assertEquals(24, m.eReasoning(2), 1e-12);
        // serving cost is at the offered k: 2 N tokensPerQuery k
        assertEquals(2 * shapeA.parameters() * scenario.serving().tokensPerQuery() * 10, m.flopPerQuery(1),
                m.flopPerQuery(1) * 1e-12);
    }

    @Test
    void aLabIsAvailableWhereItDoesNotWithholdAndIsDrawnByShare() {
        MarketSnapshot m = snapshot();
        assertTrue(m.available(0, 1));
        assertFalse(m.available(1, 1), "b withholds its model from region 1");
        double floor = scenario.choice().awarenessFloor();
        assertEquals(2, m.awareCount(0));
        assertEquals((0.6 + floor) / (0.6 + 0.4 + 2 * floor), m.awarenessCumulative(0, 0), 1e-12);
        assertEquals(1, m.awarenessCumulative(0, 1), 1e-12);
        assertEquals(1, m.awareCount(1), "region 1: only a sells there");
        assertEquals(0, m.awareLab(1, 0));
    }

    @Test
    void theOutsideOptionIsTheBestReleasedOpenModelSelfHosted() {
        MarketSnapshot m = snapshot();
        assertEquals(1, m.outsideModelLab());
        assertEquals(Math.max(scenario.serving().noAiCapabilityE(), 24 - scenario.serving().selfHostingPenaltyE()),
                m.outsideEReasoning(), 1e-12);
        assertEquals(2 * shapeB.parameters() * scenario.serving().tokensPerQuery(), m.outsideFlopPerQuery(),
                m.outsideFlopPerQuery() * 1e-12);
    }

    /**
     * A tier on the distilled model, a tenth of a's N with 0.5 E per OOM of size, at k = 10, unthrottled:
     * its FLOP per query are 0.1 * 2 N * 1000 tokens * 10 (by hand: N = sqrt(1e25 / 120) = 2.887e11, so
     * 5.774e14), a tenth of the flagship tier's beside it, and its E is 25 - 0.5 * log10(10) = 24.5 plus the
     * gain at k = 10 under the default hard plateau, beta * min(log10 10, P = 2) = beta.
     */
    @Test
    void aDistilledTierCostsItsSizeFractionAndGivesUpItsPenalty() {
        double penalty = Tier.distillationPenaltyE(0.1, 0.5);
        assertEquals(0.5, penalty, 1e-12);
        Lab a = lab(0, "a", false, model(0, "a", shapeA, 1e25, 25, false), Tier.paid("pro", 200, 10),
                Tier.distilled("distilled", 6, 10, 0.1, penalty));
        MarketSnapshot m = new MarketSnapshot();
        SnapshotBuilder.build(m, List.of(a), new double[] {1}, capability, scenario.serving(), scenario.choice(), 1,
                scenario.population().successWidthE());
        double tokens = scenario.serving().tokensPerQuery();
        assertEquals(1000, tokens, 0.0, "the hand computation assumes 1000 tokens per query");
        assertEquals(0.1 * 2 * shapeA.parameters() * tokens * 10, m.flopPerQuery(1), m.flopPerQuery(1) * 1e-12);
        assertEquals(5.774e14, m.flopPerQuery(1), 0.001e14);
        assertEquals(m.flopPerQuery(0) / 10, m.flopPerQuery(1), m.flopPerQuery(1) * 1e-12);
        assertEquals("HARD", scenario.capability().gainShape().name(), "the hand computation assumes the hard plateau");
        double gain = beta;
        assertEquals(25 + gain, m.eReasoning(0), 1e-12);
        assertEquals(24.5 + gain, m.eReasoning(1), 1e-12);
        assertEquals(1.0, m.sizeFraction(0), 0.0);
        assertEquals(0.1, m.sizeFraction(1), 0.0);
    }
}
