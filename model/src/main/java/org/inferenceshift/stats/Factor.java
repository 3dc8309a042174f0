package org.inferenceshift.stats;

/**
 * One input of a variance-based sensitivity design: a name and the range it is sampled uniformly over.
 *
 * @param name  what the caller calls the input (for the claims engine, a dotted scenario path)
 * @param lower lower end of the range
 * @param upper upper end of the range, greater than {@code lower}
 */
public record Factor(String name, double lower, double upper) {
    public Factor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a factor needs a name");
        }
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException("factor " + name + ": range [" + lower + ", " + upper
                    + "] must be finite with lower < upper");
        }
    }

    /** The value at {@code u} in [0, 1], the unit-cube coordinate along this factor: {@code lower + u (upper - lower)}. */
    public double at(double u) {
        return lower + u * (upper - lower);
    }
}
