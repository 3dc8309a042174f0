package org.inferenceshift.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.scenario.CapabilityParams;
import org.inferenceshift.scenario.GainShape;
import org.junit.jupiter.api.Test;

/** Each policy kind covers a model just above its line and not one just below (DESIGN §8). */
class PolicyCoverageTest {
    // no data wall below 1e30; beta_r 0.7; P in [0.5, 4.5]
    private final CapabilityFunction capability = new CapabilityFunction(
            new CapabilityParams(1e30, 1.0, 0.7, 0.1, 0.5, 4.5, GainShape.SATURATING, 0.1, 28.5, 27.5));

    private static CoverageFacts facts(double trainingFlop, double postFlop, double baseE, double plateau, double k) {
        return new CoverageFacts(trainingFlop, postFlop, baseE, plateau, k);
    }

    @Test
    void noPolicyCoversNothing() {
        assertFalse(new NoPolicy().covers(facts(1e30, 1e29, 40, 4.5, 1e9)));
    }

    @Test
    void trainingThresholdCoversFromItsThresholdUp() {
        TrainingThreshold policy = new TrainingThreshold(1e26);
        assertTrue(policy.covers(facts(1.0e26, 0, 26, 0.5, 1)));
        assertFalse(policy.covers(facts(0.99e26, 0, 26, 0.5, 1)));
        assertEquals(1e26, policy.trainingThreshold(0).getAsDouble(), 0);
    }

    @Test
    void dualThresholdLowersTheLineForReasoningTrainedModels() {
        DualThreshold policy = new DualThreshold(1e26, 1e24, 1e23);
        assertTrue(policy.covers(facts(1.0e24, 1e23, 24, 3, 1)), "reasoning-trained, just at the low line");
        assertFalse(policy.covers(facts(0.99e24, 1e23, 24, 3, 1)), "reasoning-trained, just below the low line");
        assertFalse(policy.covers(facts(5e25, 0.9e23, 25.7, 0.6, 1)), "without reasoning training only the high line counts");
        assertTrue(policy.covers(facts(1.0e26, 0, 26, 0.5, 1)));
        assertFalse(policy.covers(facts(0.99e26, 0, 26, 0.5, 1)));
        assertEquals(1e24, policy.trainingThreshold(1e23).getAsDouble(), 0);
        assertEquals(1e26, policy.trainingThreshold(0).getAsDouble(), 0);
    }

    @Test
    void effectiveComputeCountsTheHighestDeployedMultiplier() {
        EffectiveCompute policy = new EffectiveCompute(26, capability);
        // E at k = 100, P = 3: 25 + 0.7 * 3 * (1 - exp(-2/3)) = 25 + 1.0218... = 26.0218
        assertTrue(policy.covers(facts(1e25, 1e23, 25, 3, 100)));
        // at k = 10 instead: 25 + 0.595 < 26
        assertFalse(policy.covers(facts(1e25, 1e23, 25, 3, 10)));
        assertTrue(policy.covers(facts(1e26, 0, 26.0, 0.5, 1)), "E exactly at the line");
        assertFalse(policy.covers(facts(1e26, 0, 25.99, 0.5, 1)));
    }

    @Test
    void capabilityEvalUsesItsEvaluationBudgetWhateverIsDeployed() {
        CapabilityEval policy = new CapabilityEval(26, 1000, capability);
        // at k = 1000, P = 3: 25 + 2.1 * (1 - exp(-1)) = 25 + 1.3275 = 26.33 >= 26, though served at k = 1
        assertTrue(policy.covers(facts(1e25, 1e23, 25, 3, 1)));
        // P = 0.5 (no reasoning training): 25 + 0.35 * (1 - exp(-6)) = 25.35 < 26
        assertFalse(policy.covers(facts(1e25, 0, 25, 0.5, 1)));
    }

    @Test
    void effectiveComputeCoversAnInferenceAmplifiedModelTheTrainingThresholdMisses() {
        // a 1e25-FLOP model trained to reason (P = 4), served at k = 10,000:
        // E = 25 + 0.7 * 4 * (1 - exp(-4/4)) = 25 + 2.8 * 0.6321 = 26.77, the level of a 6e26 pre-trained model
        CoverageFacts amplified = facts(1.01e25, 1e23, 25, 4, 10_000);
        assertFalse(new TrainingThreshold(1e26).covers(amplified));
        assertTrue(new EffectiveCompute(26, capability).covers(amplified));
    }
}
