package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.CapabilityParams;
import org.junit.jupiter.api.Test;

/** The default capability parameters: beta_reasoning = 0.7. */
class HumanLevelCostTest {
    private final CapabilityParams params = TestScenarios.baseline(1_000, 12).capability();
    private final CapabilityFunction capability = new CapabilityFunction(params);

    @Test
    void multiplierInvertsTheInferenceGain() {
        // P = 2, ceiling beta P = 1.4; a gain of 0.7 is half of it: log10 k = -2 ln(1/2) = 1.3863
        double k = capability.multiplierForGain(TaskClass.REASONING, 2.0, 0.7);
        assertEquals(Math.pow(10, 2 * Math.log(2)), k, 1e-9);
        assertEquals(0.7, capability.gain(TaskClass.REASONING, 2.0, k), 1e-12);
    }

    @Test
    void noGainNeededMeansKOneAndAGainAtThePlateauIsOutOfReach() {
        assertEquals(1.0, capability.multiplierForGain(TaskClass.REASONING, 2.0, -0.3), 0.0);
        assertTrue(Double.isInfinite(capability.multiplierForGain(TaskClass.REASONING, 2.0, 1.4)));
    }

    @Test
    void cheapestConfigurationPricesTwoNTokensKFlopAtTheMonthsFlopPrice() {
        double human = params.humanLevelE();
        // needs half its plateau gain (P = 2): k = 10^(2 ln 2) = 24.35
        TrainedModel big = model(0, 1e12, human - 0.7, 2.0);
        // human level already at k = 1, but with a hundred times the parameters
        TrainedModel huge = model(1, 1e14, human + 0.1, 2.0);
        HumanLevelCost cost = HumanLevelCost.cheapest(List.of(big, huge), capability, human, 1e5, 1e18);
        double k = Math.pow(10, 2 * Math.log(2));
        // big: 2 * 1e12 * 1e5 * 24.35 / 1e18 = 4.87 USD a task; huge: 2 * 1e14 * 1e5 * 1 / 1e18 = 20 USD
        assertEquals(2 * 1e12 * 1e5 * k / 1e18, cost.costUsdPerTask(), 1e-9);
        assertEquals(k, cost.multiplier(), 1e-9);
    }

    @Test
    void nothingReachesTheHumanLevelWhenEveryPlateauStopsShort() {
        TrainedModel weak = model(0, 1e12, params.humanLevelE() - 2.0, 2.0);
        assertSame(HumanLevelCost.NONE,
                HumanLevelCost.cheapest(List.of(weak), capability, params.humanLevelE(), 1e5, 1e18));
    }

    private static TrainedModel model(int id, double parameters, double baseE, double plateau) {
        ModelShape shape = new ModelShape(parameters, 20 * parameters);
        double flop = 6 * shape.parameters() * shape.tokens();
        return new TrainedModel(id, "lab", 0, flop, flop, 0, shape, baseE, plateau, false);
    }
}
