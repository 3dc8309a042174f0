package org.inferenceshift.labs;

/** The rule before issue 16: a tier's k only falls (cut experiments); more inference comes as new dearer tiers. */
public record NewTiersOnly() implements InferenceRevision {
    @Override
    public boolean raisesK() {
        return false;
    }

    @Override
    public void schedule(LabView self, TierMenu menu, MarketView market) {
        // nothing: k changes only by the review's experiments
    }
}
