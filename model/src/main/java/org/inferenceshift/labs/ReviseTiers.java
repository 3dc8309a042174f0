package org.inferenceshift.labs;

/**
 * Every tier's k (or cap), the base and free tiers' included, is a decision: besides cutting it, the review may raise it by the same step
 * (square root of newTierMultiplierStep, never beyond the plateau 10^P), and keeps the raise only if the
 * menu's fitness rose, so a lab raises its base tier's inference when serving got cheap enough and users
 * value it, and cuts it when they do not.
 */
public record ReviseTiers() implements InferenceRevision {
    @Override
    public boolean raisesK() {
        return true;
    }

    @Override
    public void schedule(LabView self, TierMenu menu, MarketView market) {
        // nothing: k changes only by the review's experiments
    }
}
