package org.inferenceshift.stats;

import java.util.Arrays;

/**
 * Benjamini-Hochberg adjusted p-values (Benjamini &amp; Hochberg 1995, "Controlling the false discovery
 * rate", <i>J. R. Statist. Soc. B</i> 57:289), the "q-values" of R's {@code p.adjust(p, "BH")}. With the m
 * defined p-values sorted, p<sub>(1)</sub> ≤ ... ≤ p<sub>(m)</sub>:
 * <pre>
 *   p~_(k) = min over j ≥ k of min(1, m p_(j) / j)
 * </pre>
 * Rejecting every hypothesis whose adjusted p-value is below α keeps the expected share of false
 * rejections among the rejections at most α, for independent or positively dependent tests. It rejects at
 * least as much as {@link HolmAdjustment}, which the claims use for their verdict; this is the second view.
 *
 * <p>NaN p-values are not part of the family: they stay NaN and do not count in m.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /** The adjusted p-values, in the order of {@code pValues}. */
    public static double[] adjust(double[] pValues) {
        PValueFamily.requireProbabilities(pValues);
        int[] order = PValueFamily.ascending(pValues);
        int m = order.length;
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 1;
        for (int j = m - 1; j >= 0; j--) {
            running = Math.min(running, (double) m * pValues[order[j]] / (j + 1));
            adjusted[order[j]] = running;
        }
        return adjusted;
    }
}
