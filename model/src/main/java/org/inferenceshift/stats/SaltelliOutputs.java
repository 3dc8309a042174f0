package org.inferenceshift.stats;

/**
 * A model's outputs at the points of a {@link SaltelliDesign}, read without copying: f(A)<sub>j</sub>,
 * f(B)<sub>j</sub> and f(A<sub>B</sub><sup>(i)</sup>)<sub>j</sub> for base row j and factor i.
 */
public final class SaltelliOutputs {
    private final double[] values;
    private final int factors;
    private final int baseRows;

    SaltelliOutputs(double[] values, int factors, int baseRows) {
        this.values = values;
        this.factors = factors;
        this.baseRows = baseRows;
    }

    /** d, the factors. */
    public int factors() {
        return factors;
    }

    /** N, the base rows. */
    public int baseRows() {
        return baseRows;
    }

    /** f(A)<sub>j</sub>. */
    public double a(int row) {
        return values[row * (factors + 2)];
    }

    /** f(A<sub>B</sub><sup>(i)</sup>)<sub>j</sub>: A's row j with factor i's value from B. */
    public double mixed(int factor, int row) {
        return values[row * (factors + 2) + 1 + factor];
    }

    /** f(B)<sub>j</sub>. */
    public double b(int row) {
        return values[row * (factors + 2) + factors + 1];
    }
}
