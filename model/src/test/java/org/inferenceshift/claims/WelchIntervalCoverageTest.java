package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Empirical coverage of the claims' 95% Welch interval on zero-effect comparisons at the claims' seeds per
 * arm (8 in quick mode, 30 in full): over R = 10,000 seeded repetitions, the share of intervals that contain
 * 0. If the true coverage is 95%, that share has binomial standard deviation sqrt(0.95 × 0.05 / R) = 0.00218;
 * the tolerance is three of them, 0.0065.
 *
 * <p>Skewed data is lognormal with σ = 0.5 (skewness 1.75). Two arms from the same skewed distribution: the
 * difference of the means is then symmetric, and the interval covers at least nominally (conservative at 8,
 * by about one point: 0.959 measured). Same mean and variance but different shapes (lognormal against normal):
 * nominal. The known weak case of any t-interval: one skewed arm carrying most of the variance (the other
 * with a fifth of its standard deviation); then the interval under-covers, less so with more seeds (0.918 at
 * 8, 0.936 at 30 measured over 20,000 draws; 0.85 and 0.89 for σ = 1).
 */
class WelchIntervalCoverageTest {
    private static final int REPETITIONS = 10_000;
    private static final double TOLERANCE = 3 * Math.sqrt(0.95 * 0.05 / REPETITIONS);
    private static final double SIGMA = 0.5;
    private static final double MEAN = Math.exp(SIGMA * SIGMA / 2);
    private static final double SD = Math.sqrt((Math.exp(SIGMA * SIGMA) - 1) * Math.exp(SIGMA * SIGMA));

    private static double coverage(AbstractRealDistribution baseline, AbstractRealDistribution treatment, int seeds) {
        int containing = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            EffectInterval ci = WelchInterval.of(baseline.sample(seeds), treatment.sample(seeds), 0.95);
            containing += ci.lower() <= 0 && 0 <= ci.upper() ? 1 : 0;
        }
        return (double) containing / REPETITIONS;
    }

    private static LogNormalDistribution skewed(long seed) {
        return new LogNormalDistribution(new Well19937c(seed), 0, SIGMA);
    }

    @Test
    void thirtySeedsOfSkewedDataCoverNominally() {
        LogNormalDistribution arms = skewed(20250214L);
        double coverage = coverage(arms, arms, 30);
        assertEquals(0.95, coverage, TOLERANCE, "coverage at 30 seeds per arm");
    }

    @Test
    void eightSeedsOfSkewedDataCoverAtLeastNominally() {
        LogNormalDistribution arms = skewed(20250215L);
        double coverage = coverage(arms, arms, 8);
        assertTrue(coverage >= 0.95 - TOLERANCE && coverage <= 0.95 + 0.02, "coverage at 8 seeds per arm " + coverage);
    }

    @Test
    void armsOfDifferentShapesWithTheSameMeanAndSpreadCoverNominally() {
        for (int seeds : new int[] {8, 30}) {
            double coverage = coverage(new NormalDistribution(new Well19937c(seeds), MEAN, SD), skewed(seeds + 1L), seeds);
            assertEquals(0.95, coverage, TOLERANCE, "coverage at " + seeds + " seeds per arm");
        }
    }

    @Test
    void oneSkewedArmWithMostOfTheVarianceUnderCoversLessWithMoreSeeds() {
        double eight = coverage(new NormalDistribution(new Well19937c(3), MEAN, SD / 5), skewed(4), 8);
        double thirty = coverage(new NormalDistribution(new Well19937c(5), MEAN, SD / 5), skewed(6), 30);
        assertTrue(eight < 0.95 - TOLERANCE, "coverage at 8 seeds per arm " + eight);
        assertTrue(thirty > eight + TOLERANCE, "coverage at 30 seeds per arm " + thirty + ", at 8 " + eight);
    }
}
