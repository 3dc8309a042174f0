package org.inferenceshift.scenario;

/** Which menu policy a lab uses (DESIGN §7). */
public enum PricingKind {
    /** The opening tier, unchanged. */
    FIXED,
    /** Price changes, new tiers, free tiers and drops, each kept only if it paid. */
    EXPERIMENT
}
