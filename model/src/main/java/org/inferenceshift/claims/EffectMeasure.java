package org.inferenceshift.claims;

/**
 * How a claim's effect is measured from the per-run statistics of its two arms: each run's statistic is
 * first {@link #transform transformed}, and the effect is the treatment arm's mean minus the baseline
 * arm's mean of the transformed values.
 */
public enum EffectMeasure {
    /** Treatment mean minus baseline mean, in the metric's own unit. */
    DIFFERENCE("difference", "mean of the treatment arm minus mean of the baseline arm, in the metric's unit") {
        @Override
        public double transform(double statistic) {
            return statistic;
        }

        @Override
        public double centre(double meanOfTransformed) {
            return meanOfTransformed;
        }
    },
    /**
     * log10 of the ratio of the arms' geometric means (mean log10 of the treatment arm minus mean log10 of
     * the baseline arm): 1 means ten times, -1 a tenth. For quantities that span orders of magnitude and
     * are always positive; a run whose statistic is not positive has no defined value.
     */
    LOG10_RATIO("log10 ratio", "log10 of the ratio of the arms' geometric means (mean log10 of the treatment arm "
            + "minus mean log10 of the baseline arm; 1 = ten times as large)") {
        @Override
        public double transform(double statistic) {
            return statistic > 0 ? Math.log10(statistic) : Double.NaN;
        }

        @Override
        public double centre(double meanOfTransformed) {
            return Math.pow(10, meanOfTransformed);
        }
    };

    private final String label;
    private final String definition;

    EffectMeasure(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    /** The value a run contributes to its arm's mean (NaN: the run has no defined value). */
    public abstract double transform(double statistic);

    /** An arm's typical statistic in the metric's unit, from its mean transformed value (arithmetic or geometric mean). */
    public abstract double centre(double meanOfTransformed);

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }
}
