package org.inferenceshift.scenario;

/**
 * The regulatory policy kinds of DESIGN §8. Each kind is implemented by one class in
 * {@code org.inferenceshift.regulation}; {@code regulation.Policies} maps a kind to its class.
 */
public enum PolicyKind {
    /** Covers nothing. */
    NONE,
    /** Covers models whose training compute (pre- plus post-training) reaches thresholdFlop. */
    TRAINING_THRESHOLD,
    /** Covers models above thresholdFlop, or above lowThresholdFlop with reasoning post-training. */
    DUAL_THRESHOLD,
    /** Covers models whose E on reasoning tasks at their highest deployed k reaches thresholdE. */
    EFFECTIVE_COMPUTE,
    /** Covers models whose E on reasoning tasks at the evaluation budget evalMultiplier reaches thresholdE. */
    CAPABILITY_EVAL
}
