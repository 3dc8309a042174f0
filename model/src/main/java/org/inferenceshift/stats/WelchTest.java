package org.inferenceshift.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The two-sided p-value of Welch's unequal-variance t-test that two independent samples have the same
 * mean: t = (mean_b - mean_a) / se, se = sqrt(s_a²/n_a + s_b²/n_b), referred to Student's t with the
 * Welch-Satterthwaite degrees of freedom df = se⁴ / ((s_a²/n_a)²/(n_a - 1) + (s_b²/n_b)²/(n_b - 1));
 * p = 2 P(T_df &gt; |t|), computed by commons-math3's {@link TTest#tTest(double[], double[])}. It is the test
 * dual to the claims' Welch interval: p &lt; 1 - level exactly when that interval excludes zero.
 *
 * <p>As for the interval, NaN values are left out; with fewer than two values in a sample the p-value is
 * NaN; when neither sample varies it is 0 if the means differ and 1 if they are equal.
 */
public final class WelchTest {
    private WelchTest() {
    }

    public static double pValue(double[] a, double[] b) {
        double[] x = defined(a);
        double[] y = defined(b);
        if (x.length < 2 || y.length < 2) {
            return Double.NaN;
        }
        if (StatUtils.variance(x) == 0 && StatUtils.variance(y) == 0) {
            return StatUtils.mean(x) == StatUtils.mean(y) ? 1 : 0;
        }
        return new TTest().tTest(x, y);
    }

    private static double[] defined(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }
}
