package org.inferenceshift.claims;

import java.util.Arrays;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients (PRCC; Marino et al. 2008, <i>J. Theor. Biol.</i> 254:178): how
 * strongly an output rises or falls with each input once the other inputs are accounted for, robust to
 * any monotone relation. Inputs and output are replaced by their ranks (ties averaged); for input j, the
 * ranked output and the ranked input j are each regressed (least squares with intercept) on the other
 * ranked inputs, and the PRCC is the Pearson correlation of the two residual vectors. Ranking, regression
 * and correlation are commons-math3's.
 */
public final class PartialRankCorrelation {
    private PartialRankCorrelation() {
    }

    /**
     * @param inputs  {@code inputs[sample][parameter]}
     * @param output  one value per sample
     * @return one coefficient in [-1, 1] per parameter; NaN for all parameters when there are too few
     *         samples ({@link #minimumSamples}), and for a parameter whose regression is singular (for
     *         example an input that never varies)
     */
    public static double[] of(double[][] inputs, double[] output) {
        int n = output.length;
        int p = n == 0 ? 0 : inputs[0].length;
        double[] prcc = new double[p];
        Arrays.fill(prcc, Double.NaN);
        if (n < minimumSamples(p)) {
            return prcc;
        }
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[][] rankedInputs = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = inputs[i][j];
            }
            rankedInputs[j] = ranking.rank(column);
        }
        double[] rankedOutput = ranking.rank(output);
        for (int j = 0; j < p; j++) {
            double[][] others = new double[n][p - 1];
            for (int i = 0; i < n; i++) {
                for (int k = 0, c = 0; k < p; k++) {
                    if (k != j) {
                        others[i][c++] = rankedInputs[k][i];
                    }
                }
            }
            try {
                double[] outputResiduals = residuals(rankedOutput, others);
                double[] inputResiduals = residuals(rankedInputs[j], others);
                prcc[j] = new PearsonsCorrelation().correlation(outputResiduals, inputResiduals);
            } catch (SingularMatrixException e) {
                prcc[j] = Double.NaN;
            }
        }
        return prcc;
    }

    /**
     * Samples needed for {@code parameters} inputs: each regression has the other p - 1 inputs and an
     * intercept, and the residuals need degrees of freedom left over.
     */
    public static int minimumSamples(int parameters) {
        return parameters + 3;
    }

    private static double[] residuals(double[] y, double[][] x) {
        if (x.length > 0 && x[0].length == 0) {
            double mean = StatUtils.mean(y);
            double[] r = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                r[i] = y[i] - mean;
            }
            return r;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        return ols.estimateResiduals();
    }
}
