package org.inferenceshift.labs;

/** FIXED: the API is priced at serving cost times (1 + markup), the markup never moved. */
public record FixedApiMarkup(double markup) implements ApiPricing {
    private static final long serialVersionUID = 1L;

    @Override
    public double markup(LabView self, MarketView market) {
        return markup;
    }

    @Override
    public void review(LabView self, ApiOutcome outcome, MarketView market) {
        // nothing to learn: the markup is fixed
    }
}
