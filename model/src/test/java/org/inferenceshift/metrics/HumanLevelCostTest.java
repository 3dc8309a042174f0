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

/** The default capability parameters: beta_reasoning = 0.7, the HARD gain shape (gain = 0.7 min(log10 k, P)). */
class HumanLevelCostTest {
    private final CapabilityParams params = TestScenarios.baseline(1_000, 12).capability();
    private final CapabilityFunction capability = new CapabilityFunction(params);
    private static final double NO_TASK_LIMIT = 1e40;

    @Test
    void multiplierInvertsTheInferenceGain() {
        // P = 2; a gain of 0.7 needs 0.7 / 0.7 = 1 OOM of k: k = 10
        double k = capability.multiplierForGain(TaskClass.REASONING, 2.0, 0.7);
        assertEquals(10, k, 1e-9);
        assertEquals(0.7, capability.gain(TaskClass.REASONING, 2.0, k), 1e-12);
    }

    @Test
    void noGainNeededMeansKOneAndAGainBeyondThePlateauIsOutOfReach() {
        assertEquals(1.0, capability.multiplierForGain(TaskClass.REASONING, 2.0, -0.3), 0.0);
        // the plateau itself, beta P = 1.4, is reached at k = 10^P = 100; anything above it never is
        assertEquals(100, capability.multiplierForGain(TaskClass.REASONING, 2.0, 1.4), 1e-9);
        assertTrue(Double.isInfinite(capability.multiplierForGain(TaskClass.REASONING, 2.0, 1.41)));
    }

    @Test
    void cheapestConfigurationPricesTwoNTokensKFlopAtTheMonthsFlopPrice() {
        double human = params.humanLevelE();
        // needs 0.7 of gain (P = 2): k = 10
        TrainedModel big = model(0, 1e12, human - 0.7, 2.0);
        // human level already at k = 1, but with a hundred times the parameters
        TrainedModel huge = model(1, 1e14, human + 0.1, 2.0);
        HumanLevelCost cost = HumanLevelCost.cheapest(List.of(big, huge), capability, human, 1e5, NO_TASK_LIMIT, 1e18);
        // big: 2 * 1e12 * 1e5 * 10 / 1e18 = 2 USD a task; huge: 2 * 1e14 * 1e5 * 1 / 1e18 = 20 USD
        assertEquals(2.0, cost.costUsdPerTask(), 1e-9);
        assertEquals(10, cost.multiplier(), 1e-9);
    }

    @Test
    void nothingReachesTheHumanLevelWhenEveryPlateauStopsShort() {
        TrainedModel weak = model(0, 1e12, params.humanLevelE() - 2.0, 2.0);
        assertSame(HumanLevelCost.NONE,
                HumanLevelCost.cheapest(List.of(weak), capability, params.humanLevelE(), 1e5, NO_TASK_LIMIT, 1e18));
    }

    @Test
    void aConfigurationAboveThePerTaskComputeLimitIsNotHumanLevelCapable() {
        // needs the whole plateau (k = 100): 2 * 1e12 * 1e5 * 100 = 2e19 FLOP a task
        TrainedModel model = model(0, 1e12, params.humanLevelE() - 1.4, 2.0);
        double human = params.humanLevelE();
        assertSame(HumanLevelCost.NONE, HumanLevelCost.cheapest(List.of(model), capability, human, 1e5, 1e19, 1e18));
        assertEquals(20.0, HumanLevelCost.cheapest(List.of(model), capability, human, 1e5, 2e19, 1e18).costUsdPerTask(),
                1e-9);
    }

    private static TrainedModel model(int id, double parameters, double baseE, double plateau) {
        ModelShape shape = new ModelShape(parameters, 20 * parameters);
        double flop = 6 * shape.parameters() * shape.tokens();
        return new TrainedModel(id, "lab", 0, flop, flop, 0, shape, baseE, plateau, false);
    }
}
