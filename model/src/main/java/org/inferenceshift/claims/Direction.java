package org.inferenceshift.claims;

/**
 * The direction a claim expects its effect to take: the statistic higher (or lower) in the comparison's
 * treatment arm than in its baseline arm.
 */
public enum Direction {
    INCREASE(1, "higher"),
    DECREASE(-1, "lower");

    private final int sign;
    private final String word;

    Direction(int sign, String word) {
        this.sign = sign;
        this.word = word;
    }

    /** +1 or -1: the sign of an effect that goes the expected way. */
    public int sign() {
        return sign;
    }

    /** "higher" or "lower", for sentences such as "expected: higher in inference-era". */
    public String word() {
        return word;
    }

    /** Whether {@code effect} has this direction's sign (zero has neither). */
    public boolean agrees(double effect) {
        return effect * sign > 0;
    }
}
