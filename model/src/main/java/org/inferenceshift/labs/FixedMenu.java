package org.inferenceshift.labs;

/** Keeps the menu the lab opened with. */
public record FixedMenu() implements PricingPolicy {
    @Override
    public void revise(LabView self, TierMenu menu, TierOutcomes outcomes, MarketView market) {
        // the opening menu stands for the whole run
    }
}
