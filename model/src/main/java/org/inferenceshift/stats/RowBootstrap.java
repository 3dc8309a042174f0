package org.inferenceshift.stats;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Nonparametric bootstrap resamples of N rows (Efron 1979): each resample draws N rows uniformly with
 * replacement and is written as the rows' multiplicities, so a statistic can weight the rows instead of
 * copying them. The generator is commons-math3's {@link Well19937c} seeded from the caller's seed, so the
 * same seed gives the same resamples on every machine and thread count.
 */
final class RowBootstrap {
    private final RandomGenerator random;

    RowBootstrap(long seed) {
        this.random = new Well19937c(seed);
    }

    /** Fills {@code counts} (one entry per row) with the next resample's multiplicities; they sum to its length. */
    void next(int[] counts) {
        Arrays.fill(counts, 0);
        for (int draw = 0; draw < counts.length; draw++) {
            counts[random.nextInt(counts.length)]++;
        }
    }
}
