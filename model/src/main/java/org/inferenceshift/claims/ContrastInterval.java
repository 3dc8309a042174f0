package org.inferenceshift.claims;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The confidence interval of a linear contrast {@code L = sum_i c_i mean_i} of independent groups with
 * possibly unequal variances, the generalisation of {@link WelchInterval} (which is the contrast -1, +1):
 * {@code se^2 = sum_i c_i^2 s_i^2 / n_i}, Welch-Satterthwaite degrees of freedom
 * {@code df = se^4 / sum_i (c_i^2 s_i^2 / n_i)^2 / (n_i - 1)} and the t quantile from commons-math3's
 * {@link TDistribution}. NaN values are left out; a group with a non-zero coefficient and fewer than two
 * values leaves the interval undefined. The returned interval's run counts are those of the groups with a
 * negative and a positive coefficient, summed.
 */
public final class ContrastInterval {
    private ContrastInterval() {
    }

    public static EffectInterval of(List<double[]> groups, double[] coefficients, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (groups.size() != coefficients.length) {
            throw new IllegalArgumentException(groups.size() + " groups but " + coefficients.length + " coefficients");
        }
        double estimate = 0;
        double variance = 0;
        double dfDenominator = 0;
        double sumVar = 0;
        int negativeRuns = 0;
        int positiveRuns = 0;
        int groupsWithVariance = 0;
        boolean defined = true;
        for (int i = 0; i < coefficients.length; i++) {
            double c = coefficients[i];
            if (c == 0) {
                continue;
            }
            double[] values = Arrays.stream(groups.get(i)).filter(v -> !Double.isNaN(v)).toArray();
            if (c < 0) {
                negativeRuns += values.length;
            } else {
                positiveRuns += values.length;
            }
            if (values.length < 2) {
                defined = false;
                estimate = values.length == 0 ? Double.NaN : estimate + c * StatUtils.mean(values);
                continue;
            }
            estimate += c * StatUtils.mean(values);
            double s2 = StatUtils.variance(values);
            double w = c * c * s2 / values.length;
            variance += w;
            dfDenominator += w * w / (values.length - 1);
            sumVar += s2;
            groupsWithVariance++;
        }
        double pooledSd = groupsWithVariance > 0 ? Math.sqrt(sumVar / groupsWithVariance) : Double.NaN;
        if (!defined) {
            return new EffectInterval(estimate, Double.NaN, Double.NaN, negativeRuns, positiveRuns, Double.NaN, level);
        }
        if (variance == 0) {
            return new EffectInterval(estimate, estimate, estimate, negativeRuns, positiveRuns, pooledSd, level);
        }
        double se = Math.sqrt(variance);
        double df = variance * variance / dfDenominator;
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new EffectInterval(estimate, estimate - t * se, estimate + t * se, negativeRuns, positiveRuns, pooledSd,
                level);
    }
}
