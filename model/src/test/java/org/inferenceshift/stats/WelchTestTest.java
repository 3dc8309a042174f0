package org.inferenceshift.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Welch's two-sided p-value against SciPy 1.17, {@code scipy.stats.ttest_ind(b, a, equal_var=False).pvalue},
 * on the samples of the claims' {@code WelchIntervalTest}. By hand for the first: t = 4 / 1.5811 = 2.5298
 * on df = 5.8824, p = 2 P(T &gt; 2.5298) = 0.0455; the 95% interval [0.112, 7.888] excludes zero, as p &lt; 0.05
 * says it must.
 */
class WelchTestTest {
    @Test
    void knownSamplesGiveSciPysPValues() {
        assertEquals(0.04546461897093044, WelchTest.pValue(new double[] {1, 2, 3, 4, 5}, new double[] {3, 5, 7, 9, 11}),
                1e-10);
        assertEquals(0.006189635537730329, WelchTest.pValue(new double[] {0.2, 0.5, 0.9, 1.4},
                new double[] {1.1, 1.9, 2.0, 2.4, 3.3, 2.8}), 1e-10);
    }

    @Test
    void theTestIsTwoSidedAndSymmetric() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {3, 5, 7, 9, 11};
        assertEquals(WelchTest.pValue(a, b), WelchTest.pValue(b, a), 1e-15);
    }

    @Test
    void undefinedValuesAreLeftOutAndTooFewGiveNoPValue() {
        assertEquals(0.04546461897093044, WelchTest.pValue(new double[] {1, Double.NaN, 2, 3, 4, 5},
                new double[] {3, 5, 7, Double.NaN, 9, 11}), 1e-10);
        assertTrue(Double.isNaN(WelchTest.pValue(new double[] {1, Double.NaN}, new double[] {3, 4, 5})));
    }

    @Test
    void samplesWithoutSpreadAreEqualOrCertainlyDifferent() {
        assertEquals(0, WelchTest.pValue(new double[] {2, 2, 2}, new double[] {5, 5}));
        assertEquals(1, WelchTest.pValue(new double[] {2, 2, 2}, new double[] {2, 2}));
    }
}
