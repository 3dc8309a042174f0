package org.inferenceshift.stats;

import java.util.List;

/**
 * The result of a {@link SobolAnalysis}: each factor's indices in the design's factor order.
 *
 * @param factors   one entry per factor
 * @param variance  the output's variance over the A and B runs (zero when it never varies)
 * @param baseRows  N, the base rows the estimates come from
 * @param bootstrap how the intervals were drawn
 */
public record SobolIndices(List<FactorIndices> factors, double variance, int baseRows, BootstrapSettings bootstrap) {
    public SobolIndices {
        factors = List.copyOf(factors);
    }

    /** The indices of the factor at {@code index} in the design's order. */
    public FactorIndices factor(int index) {
        return factors.get(index);
    }
}
