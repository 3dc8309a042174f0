package org.inferenceshift.compute;

import java.io.Serializable;

/**
 * What a training run gives up by not splitting its compute the compute-optimal way (Hoffmann et al.
 * 2022). With reducible loss {@code R(N, D) = a N^-alpha + b D^-beta} and C = 6 N D fixed, moving from
 * the optimal ratio r* to r = x r* scales N by x^-1/2 and D by x^1/2. At the optimum the two loss terms
 * stand in the ratio 1 : alpha/beta, so
 * <pre>
 *   R(x) / R(1) = (x^(alpha/2) + (alpha/beta) x^(-beta/2)) / (1 + alpha/beta)
 * </pre>
 * and since the compute-optimal loss falls as C^(-alpha beta / (alpha + beta)), the run is worth
 * {@code factor = (R(x)/R(1))^(-(alpha + beta) / (alpha beta))} times its compute at the optimal split.
 * Over-training (x &gt; 1) loses some capability per FLOP but makes a smaller model, cheaper to serve: the
 * trade-off of DESIGN §5 and the seed texts' appendix.
 */
public final class ComputeOptimality implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double optimalRatio;
    private final double alpha;
    private final double beta;

    public ComputeOptimality(double optimalRatio, double alpha, double beta) {
        this.optimalRatio = optimalRatio;
        this.alpha = alpha;
        this.beta = beta;
    }

    /** Effective-compute factor in (0, 1] of training at {@code tokensPerParameter}; 1 at the optimum. */
    public double effectiveComputeFactor(double tokensPerParameter) {
        double x = tokensPerParameter / optimalRatio;
        double ratio = alpha / beta;
        double relativeLoss = (Math.pow(x, alpha / 2) + ratio * Math.pow(x, -beta / 2)) / (1 + ratio);
        return Math.pow(relativeLoss, -(alpha + beta) / (alpha * beta));
    }
}
