package org.inferenceshift.stats;

import java.util.stream.IntStream;

/** What both multiplicity adjustments need of a family of p-values: a check and the order of the defined ones. */
final class PValueFamily {
    private PValueFamily() {
    }

    /** The indices of the defined p-values, smallest p first (ties in input order); NaNs are left out. */
    static int[] ascending(double[] pValues) {
        return IntStream.range(0, pValues.length).filter(k -> !Double.isNaN(pValues[k])).boxed()
                .sorted((x, y) -> Double.compare(pValues[x], pValues[y])).mapToInt(Integer::intValue).toArray();
    }

    /** Refuses a value outside [0, 1] (NaN, an untested claim, is allowed). */
    static void requireProbabilities(double[] pValues) {
        for (int k = 0; k < pValues.length; k++) {
            if (pValues[k] < 0 || pValues[k] > 1) {
                throw new IllegalArgumentException("p-value " + k + " is " + pValues[k] + ", not in [0, 1]");
            }
        }
    }
}
