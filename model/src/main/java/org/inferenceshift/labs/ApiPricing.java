package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * How a lab prices its API (issue 18 item 5). One decision, named implementations; {@link LabDecisions}
 * picks one per lab from the scenario ({@code api.pricing}). The lab sells its deployed model per output
 * token at {@code (1 + markup)} times its serving cost per token (the FLOP of a token, 2N, at this month's
 * serving FLOP price); the decision is the markup. {@link #markup} is read when the month's API price list
 * is published, {@link #review} after the month has been served, with what the API sold and cost.
 */
public interface ApiPricing extends Serializable {
    /** This month's markup over serving cost (0: priced at cost). */
    double markup(LabView self, MarketView market);

    /** Sees the month's API outcome; may move the markup for the months ahead. */
    void review(LabView self, ApiOutcome outcome, MarketView market);
}
