package org.inferenceshift.labs;

/** Keeps the menu the lab opened with. */
public record FixedMenu() implements PricingPolicy {
    @Override
    public void revise(Lab lab, MarketView market) {
        // the opening menu stands for the whole run
    }
}
