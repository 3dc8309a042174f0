package org.inferenceshift.labs;

import java.io.Serializable;

/** How a lab revises its tier menu after seeing a month's demand. One decision, named implementations. */
public interface PricingPolicy extends Serializable {
    void revise(Lab lab, MarketView market);
}
