package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartialRankCorrelationTest {
    /**
     * Expected values computed independently with NumPy/SciPy: ranks by scipy.stats.rankdata, residuals of
     * numpy.linalg.lstsq regressions with an intercept, scipy.stats.pearsonr of the residuals.
     */
    @Test
    void matchesAnIndependentComputation() {
        double[][] x = {{0.1, 5, 3}, {0.4, 2, 9}, {0.35, 7, 1}, {0.8, 1, 4}, {0.6, 9, 8}, {0.2, 3, 2}, {0.9, 6, 7},
                {0.55, 4, 6}, {0.05, 8, 5}, {0.7, 2.5, 10}};
        double[] y = {1.2, 2.0, 1.9, 3.5, 3.9, 1.0, 4.4, 2.9, 1.1, 2.7};
        double[] prcc = PartialRankCorrelation.of(x, y);
        assertEquals(0.9312965580421905, prcc[0], 1e-9);
        assertEquals(0.6823780788428112, prcc[1], 1e-9);
        assertEquals(0.26679054026642074, prcc[2], 1e-9);
    }

    /** An output that is a monotone function of one input has PRCC -1 or 1 with it, whatever the shape. */
    @Test
    void aMonotoneDependenceGivesPlusOrMinusOne() {
        int n = 20;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            x[i][1] = (i * 7) % n;
            y[i] = -Math.exp(i / 4.0);
        }
        double[] prcc = PartialRankCorrelation.of(x, y);
        assertEquals(-1, prcc[0], 1e-9);
    }

    @Test
    void tooFewSamplesGiveNoCoefficients() {
        double[][] x = {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}, {4, 5, 6}, {5, 4, 4}};
        double[] prcc = PartialRankCorrelation.of(x, new double[] {1, 2, 3, 4, 5});
        assertEquals(3, prcc.length);
        for (double p : prcc) {
            assertTrue(Double.isNaN(p));
        }
    }
}
