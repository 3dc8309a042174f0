package org.inferenceshift.claims;

import java.util.List;

/**
 * The confidence interval of a difference of two means from independent samples with possibly unequal
 * variances (Welch's t-interval): {@code (mean_B - mean_A) +- t(1 - (1 - level)/2, df) * se}, with
 * {@code se = sqrt(s_A^2/n_A + s_B^2/n_B)} and the Welch-Satterthwaite degrees of freedom
 * {@code df = se^4 / ((s_A^2/n_A)^2/(n_A - 1) + (s_B^2/n_B)^2/(n_B - 1))}. The quantile comes from
 * commons-math3's {@code TDistribution}. The two arms of a claim run with different seeds, so their samples
 * are independent.
 *
 * <p>NaN values (runs without a defined statistic) are left out. With fewer than two values in an arm the
 * interval is undefined (NaN bounds). When both arms have zero variance the interval is the single point
 * of the difference. It is {@link ContrastInterval} with the contrast (-1, +1), which computes it.
 */
public final class WelchInterval {
    private static final double[] TREATMENT_MINUS_BASELINE = {-1, 1};

    private WelchInterval() {
    }

    public static EffectInterval of(double[] baseline, double[] treatment, double level) {
        return ContrastInterval.of(List.of(baseline, treatment), TREATMENT_MINUS_BASELINE, level);
    }
}
