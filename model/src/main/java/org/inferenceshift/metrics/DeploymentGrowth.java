package org.inferenceshift.metrics;

/**
 * The decomposition of the growth of deployment compute since the run's first month (the direct test of the
 * texts' premise that inference per query drives it). Deployment compute is D = Q F, answered tier queries
 * times FLOP per query, and F = 2 tokensPerQuery N k with N the query-weighted model size and k the
 * query-weighted multiplier, so {@code ln(D/D0) = ln(Q/Q0) + ln(N/N0) + ln(k/k0)} and the three shares of
 * {@code ln(D/D0)} add to one. N's term is read as {@code ln(F/F0) - ln(k/k0)}, which needs no model size.
 */
public final class DeploymentGrowth {
    /** Which term of the decomposition. */
    public enum Term { QUERIES, MODEL_SIZE, INFERENCE }

    private DeploymentGrowth() {
    }

    /**
     * The share of the log-growth of D from the first month's (q0, f0, k0) to this month's (q, f, k) due to
     * {@code term}; NaN if a figure is not positive or D has not changed.
     */
    public static double share(Term term, double q0, double f0, double k0, double q, double f, double k) {
        if (!(q0 > 0 && f0 > 0 && k0 > 0 && q > 0 && f > 0 && k > 0)) {
            return Double.NaN;
        }
        double total = Math.log(q / q0) + Math.log(f / f0);
        if (Math.abs(total) < 1e-9) {
            return Double.NaN;
        }
        return switch (term) {
            case QUERIES -> Math.log(q / q0) / total;
            case INFERENCE -> Math.log(k / k0) / total;
            case MODEL_SIZE -> (Math.log(f / f0) - Math.log(k / k0)) / total;
        };
    }
}
