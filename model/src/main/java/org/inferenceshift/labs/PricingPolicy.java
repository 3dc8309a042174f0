package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * How a lab revises its tier menu after seeing a month's demand. One decision, named implementations;
 * {@link LabDecisions} picks one per lab from the scenario. The menu is the one thing it may change.
 */
public interface PricingPolicy extends Serializable {
    void revise(LabView self, TierMenu menu, TierOutcomes outcomes, MarketView market);
}
