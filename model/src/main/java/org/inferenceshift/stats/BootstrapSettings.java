package org.inferenceshift.stats;

/**
 * How bootstrap percentile intervals are drawn.
 *
 * @param resamples resamples drawn (at least 2; 1,000 is the usual choice for 95% percentile intervals)
 * @param level     confidence level of the intervals, in (0, 1)
 * @param seed      seed of the resampling generator: the same seed gives the same intervals
 */
public record BootstrapSettings(int resamples, double level, long seed) {
    public BootstrapSettings {
        if (resamples < 2) {
            throw new IllegalArgumentException("need at least 2 bootstrap resamples, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
    }
}
