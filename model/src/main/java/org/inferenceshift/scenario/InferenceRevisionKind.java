package org.inferenceshift.scenario;

/** How a lab revises its tiers' k (or cap) in its pricing reviews (MODEL.md §7.9). */
public enum InferenceRevisionKind {
    /** More inference only as new dearer tiers, and cuts of k (the model before issue 16). */
    NEW_TIERS_ONLY,
    /** Also raise experiments on any tier (the base and free tiers included), each kept only if it paid. */
    REVISE,
    /**
     * The texts' premise as an input: the base tier's k grows by pricing.premisedGrowthOom orders of magnitude
     * over pricing.premisedGrowthMonths (capped at the plateau 10^P); otherwise as NEW_TIERS_ONLY.
     */
    PREMISED
}
