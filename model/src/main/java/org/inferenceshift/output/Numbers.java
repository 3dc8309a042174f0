package org.inferenceshift.output;

/** How numbers appear in result files: shortest round-trip decimal, "NA" for missing. */
public final class Numbers {
    public static final String MISSING = "NA";

    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return MISSING;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
