package org.inferenceshift.scenario;

/** How a lab's tiers set the inference multiplier k of each query (MODEL.md §7.6). */
public enum TierInferenceKind {
    /** Every query of a tier is served at the tier's k (the model before issue 16). */
    FIXED,
    /**
     * A tier's k is a cap: each query uses the smallest k up to it that reaches serving.adaptiveTargetSuccess,
     * or stops paying off (serving.adaptiveMinGainPerOom), never beyond the model's plateau 10^P.
     */
    ADAPTIVE
}
