package org.inferenceshift.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;

/**
 * First- and total-order Sobol indices of a model output with bootstrap percentile intervals. The caller
 * runs the points of a {@link SaltelliDesign} in its run order and passes one output per point (for the
 * claims engine: a world's effect averaged over a few seeds, so seed noise does not pass for parameter
 * effects). The estimators are {@link SobolEstimator}'s (Saltelli et al. 2010 for S<sub>i</sub>, Jansen
 * 1999 for ST<sub>i</sub>). The intervals resample the N base rows with replacement ({@link RowBootstrap}:
 * a row keeps its A, B and A<sub>B</sub><sup>(i)</sup> runs together, as the estimators pair them) and take
 * the (1 - level)/2 and (1 + level)/2 quantiles of the resampled indices (Efron's percentile interval;
 * quantiles by commons-math3's {@link Percentile}, estimation type R-7, the default of R and NumPy).
 * Resamples whose output variance is zero are left out of the quantiles. Since the rows come from a
 * low-discrepancy sequence rather than independent draws, the bootstrap treats them as independent and its
 * intervals are, if anything, wide.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {
    }

    /**
     * @param design  the design whose points were run
     * @param outputs one finite value per point, in the design's run order
     */
    public static SobolIndices of(SaltelliDesign design, double[] outputs, BootstrapSettings bootstrap) {
        SaltelliOutputs f = design.outputs(outputs);
        int d = f.factors();
        int n = f.baseRows();
        double[] first = new double[d];
        double[] total = new double[d];
        int[] weights = new int[n];
        Arrays.fill(weights, 1);
        double variance = SobolEstimator.estimate(f, weights, first, total);

        int r = bootstrap.resamples();
        double[][] firstResampled = new double[d][r];
        double[][] totalResampled = new double[d][r];
        if (variance > 0) {
            RowBootstrap resampler = new RowBootstrap(bootstrap.seed());
            double[] firstOnce = new double[d];
            double[] totalOnce = new double[d];
            for (int k = 0; k < r; k++) {
                resampler.next(weights);
                SobolEstimator.estimate(f, weights, firstOnce, totalOnce);
                for (int i = 0; i < d; i++) {
                    firstResampled[i][k] = firstOnce[i];
                    totalResampled[i][k] = totalOnce[i];
                }
            }
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7)
                .withNaNStrategy(NaNStrategy.REMOVED);
        double lowerQuantile = 100 * (1 - bootstrap.level()) / 2;
        double upperQuantile = 100 * (1 + bootstrap.level()) / 2;
        List<FactorIndices> indices = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            indices.add(new FactorIndices(design.factors().get(i).name(),
                    estimate(first[i], firstResampled[i], percentile, lowerQuantile, upperQuantile),
                    estimate(total[i], totalResampled[i], percentile, lowerQuantile, upperQuantile)));
        }
        return new SobolIndices(indices, variance, n, bootstrap);
    }

    /**
     * The same over the base rows whose every point has a finite output (a claim's effect is undefined in a
     * world where, say, no run reaches human level): the design's complete blocks form a Saltelli design of
     * fewer rows. Null when fewer than two rows are complete.
     */
    public static SobolIndices ofCompleteRows(SaltelliDesign design, double[] outputs, BootstrapSettings bootstrap) {
        int block = design.pointsPerRow();
        double[] kept = new double[outputs.length];
        int rows = 0;
        for (int j = 0; j < design.baseRows(); j++) {
            boolean complete = true;
            for (int p = j * block; p < (j + 1) * block; p++) {
                complete &= Double.isFinite(outputs[p]);
            }
            if (complete) {
                System.arraycopy(outputs, j * block, kept, rows * block, block);
                rows++;
            }
        }
        if (rows < 2) {
            return null;
        }
        SaltelliDesign reduced = new SaltelliDesign(design.factors(), rows, design.skip());
        return of(reduced, Arrays.copyOf(kept, rows * block), bootstrap);
    }

    private static IndexEstimate estimate(double value, double[] resampled, Percentile percentile, double lower,
                                          double upper) {
        if (Double.isNaN(value)) {
            return new IndexEstimate(Double.NaN, Double.NaN, Double.NaN);
        }
        percentile.setData(resampled);
        return new IndexEstimate(value, percentile.evaluate(lower), percentile.evaluate(upper));
    }
}
