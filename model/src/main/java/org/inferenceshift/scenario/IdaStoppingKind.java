package org.inferenceshift.scenario;

/** When a lab stops iterated amplification and distillation (MODEL.md §7.10; {@code labs/IdaStopping}). */
public enum IdaStoppingKind {
    /** Keep iterating for the whole run (up to the ceiling, where the gain is 0). */
    NEVER,
    /** Stop after {@code lowGainIterations} iterations in a row each gaining under {@code lowGainThresholdE}. */
    AFTER_LOW_GAINS
}
