package org.inferenceshift.metrics;

import java.util.Arrays;

/** Concentration indices over market shares. */
public final class Concentration {
    private Concentration() {
    }

    /**
     * Herfindahl-Hirschman index on the 0-10,000 scale: the sum of squared percentage shares of
     * {@code amounts} normalised to shares. All zero amounts give 0 (no market).
     */
    public static double hhi(double[] amounts) {
        double total = Arrays.stream(amounts).sum();
        if (total <= 0) {
            return 0;
        }
        double hhi = 0;
        for (double a : amounts) {
            double percent = 100 * a / total;
            hhi += percent * percent;
        }
        return hhi;
    }

    /** Concentration ratio CRn: combined share of the n largest amounts (0 if total is 0). */
    public static double concentrationRatio(double[] amounts, int n) {
        double total = Arrays.stream(amounts).sum();
        if (total <= 0) {
            return 0;
        }
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        double top = 0;
        for (int k = 0; k < n && k < sorted.length; k++) {
            top += sorted[sorted.length - 1 - k];
        }
        return top / total;
    }
}
