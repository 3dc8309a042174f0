package org.inferenceshift.stats;

import java.util.Arrays;

/**
 * Holm's step-down adjusted p-values (Holm 1979, "A simple sequentially rejective multiple test procedure",
 * <i>Scand. J. Statist.</i> 6:65). With the m defined p-values sorted, p<sub>(1)</sub> ≤ ... ≤
 * p<sub>(m)</sub>:
 * <pre>
 *   p~_(k) = max over j ≤ k of min(1, (m - j + 1) p_(j))
 * </pre>
 * Rejecting every hypothesis whose adjusted p-value is below α keeps the family-wise error rate (the
 * chance of even one false rejection) at most α, whatever the dependence between the tests.
 *
 * <p>Why Holm for the claims' verdict: each claim is a separate hypothesis a reader takes on its own, and
 * the costly error is a claim reported "supported" that is not; Holm bounds the chance of any such error
 * across the whole registry, and is uniformly more powerful than Bonferroni with the same guarantee.
 * {@link BenjaminiHochberg} (the false discovery rate) is the lenient second view.
 *
 * <p>NaN p-values (untested claims) are not part of the family: they stay NaN and do not count in m.
 */
public final class HolmAdjustment {
    private HolmAdjustment() {
    }

    /** The adjusted p-values, in the order of {@code pValues}. */
    public static double[] adjust(double[] pValues) {
        PValueFamily.requireProbabilities(pValues);
        int[] order = PValueFamily.ascending(pValues);
        int m = order.length;
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1, (m - j) * pValues[order[j]]));
            adjusted[order[j]] = running;
        }
        return adjusted;
    }
}
