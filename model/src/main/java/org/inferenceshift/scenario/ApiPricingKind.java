package org.inferenceshift.scenario;

/** How labs price their API (issue 18 item 5): the {@code api.pricing} decision every lab uses. */
public enum ApiPricingKind {
    /** Price per token is serving cost times (1 + markup), the markup held at {@code api.initialMarkup}. */
    FIXED,
    /** Cost plus a markup the lab moves up or down each review by whether its last move raised its API profit. */
    COST_PLUS
}
