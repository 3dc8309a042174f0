package org.inferenceshift.calibration;

import org.inferenceshift.validation.StylizedFact;

/**
 * A fact the distance measures the model against, with the band it must reach. For the registry's
 * calibration targets the band is the registry's own ({@link #of}); a synthetic band (the test that
 * recovers a parameter from facts the model made itself) names the fact only for its metric, reading and
 * month.
 */
public record TargetBand(StylizedFact fact, double low, double high) {
    public TargetBand {
        if (!(low < high) || Double.isNaN(low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException(fact.id() + ": band " + low + " – " + high + " must have low < high, both finite");
        }
    }

    public static TargetBand of(StylizedFact fact) {
        return new TargetBand(fact, fact.bandLow(), fact.bandHigh());
    }

    /** Whether the distance is measured on a log scale: bands of positive quantities (shares, ratios, growth rates). */
    public boolean logScale() {
        return low > 0;
    }
}
