package org.inferenceshift.claims;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The confidence interval of a difference of two means from independent samples with possibly unequal
 * variances (Welch's t-interval): {@code (mean_B - mean_A) +- t(1 - (1 - level)/2, df) * se}, with
 * {@code se = sqrt(s_A^2/n_A + s_B^2/n_B)} and the Welch-Satterthwaite degrees of freedom
 * {@code df = se^4 / ((s_A^2/n_A)^2/(n_A - 1) + (s_B^2/n_B)^2/(n_B - 1))}. The quantile comes from
 * commons-math3's {@link TDistribution}. The two arms of a claim run with different seeds, so their samples
 * are independent.
 *
 * <p>NaN values (runs without a defined statistic) are left out. With fewer than two values in an arm the
 * interval is undefined (NaN bounds). When both arms have zero variance the interval is the single point
 * of the difference.
 */
public final class WelchInterval {
    private WelchInterval() {
    }

    public static EffectInterval of(double[] baseline, double[] treatment, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        double[] a = defined(baseline);
        double[] b = defined(treatment);
        if (a.length < 2 || b.length < 2) {
            double estimate = a.length > 0 && b.length > 0 ? StatUtils.mean(b) - StatUtils.mean(a) : Double.NaN;
            return new EffectInterval(estimate, Double.NaN, Double.NaN, a.length, b.length, Double.NaN, level);
        }
        double estimate = StatUtils.mean(b) - StatUtils.mean(a);
        double varA = StatUtils.variance(a);
        double varB = StatUtils.variance(b);
        double pooledSd = Math.sqrt((varA + varB) / 2);
        double wA = varA / a.length;
        double wB = varB / b.length;
        double se = Math.sqrt(wA + wB);
        if (se == 0) {
            return new EffectInterval(estimate, estimate, estimate, a.length, b.length, pooledSd, level);
        }
        double df = (wA + wB) * (wA + wB) / (wA * wA / (a.length - 1) + wB * wB / (b.length - 1));
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new EffectInterval(estimate, estimate - t * se, estimate + t * se, a.length, b.length, pooledSd, level);
    }

    private static double[] defined(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }
}
