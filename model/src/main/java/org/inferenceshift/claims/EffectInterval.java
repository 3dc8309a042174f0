package org.inferenceshift.claims;

/**
 * An effect estimate with its confidence interval.
 *
 * @param estimate        treatment mean minus baseline mean (of the transformed statistics)
 * @param lower           lower end of the interval (NaN when it cannot be computed)
 * @param upper           upper end of the interval
 * @param baselineRuns    runs of the baseline arm with a defined value
 * @param treatmentRuns   runs of the treatment arm with a defined value
 * @param pooledSd        square root of the mean of the two arms' sample variances, the scale of a
 *                        standardised effect (NaN with fewer than two runs in an arm)
 * @param level           confidence level, e.g. 0.95
 */
public record EffectInterval(double estimate, double lower, double upper, int baselineRuns, int treatmentRuns,
                             double pooledSd, double level) {

    /** Whether the interval exists: both arms had at least two defined runs. */
    public boolean isDefined() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** The effect in units of the pooled standard deviation (Cohen's d), NaN if that scale is zero or undefined. */
    public double standardised(double value) {
        return pooledSd > 0 ? value / pooledSd : Double.NaN;
    }
}
