package org.inferenceshift.stats;

import java.util.stream.IntStream;

/** The indices of a family's defined p-values, smallest p first (ties in input order); NaNs are left out. */
final class AscendingOrder {
    private AscendingOrder() {
    }

    static int[] of(double[] pValues) {
        return IntStream.range(0, pValues.length).filter(k -> !Double.isNaN(pValues[k])).boxed()
                .sorted((x, y) -> Double.compare(pValues[x], pValues[y])).mapToInt(Integer::intValue).toArray();
    }

    static void requireProbabilities(double[] pValues) {
        for (int k = 0; k < pValues.length; k++) {
            if (pValues[k] < 0 || pValues[k] > 1) {
                throw new IllegalArgumentException("p-value " + k + " is " + pValues[k] + ", not in [0, 1]");
            }
        }
    }
}
