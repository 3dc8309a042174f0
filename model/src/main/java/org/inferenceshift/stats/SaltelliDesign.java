package org.inferenceshift.stats;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sampling design of variance-based sensitivity analysis (Saltelli 2002, <i>Comput. Phys. Commun.</i>
 * 145:280; Saltelli et al. 2010, <i>Comput. Phys. Commun.</i> 181:259, §3): two independent N × d matrices
 * A and B, and for each factor i the matrix A<sub>B</sub><sup>(i)</sup>, which is A with its column i
 * taken from B. Row j of A and row j of B are the two halves of point j of a 2d-dimensional Sobol
 * low-discrepancy sequence (commons-math3's {@link SobolSequenceGenerator}, unscrambled), scaled to the
 * factors' ranges. The sequence starts at its first point (all lower bounds, so A and B share row 0): dropping
 * it would break the balance of power-of-two prefixes (Owen 2020, "On dropping the first Sobol' point");
 * N a power of two is the natural choice.
 *
 * <p>Run order: the points come in blocks of {@code d + 2}, one block per base row j, in the order
 * A<sub>j</sub>, A<sub>B</sub><sup>(1)</sup><sub>j</sub>, ..., A<sub>B</sub><sup>(d)</sup><sub>j</sub>,
 * B<sub>j</sub> (the order SALib's {@code saltelli.sample} uses without second-order indices). Point
 * {@code j (d + 2)} is A<sub>j</sub>, {@code j (d + 2) + 1 + i} is A<sub>B</sub><sup>(i)</sup><sub>j</sub>
 * and {@code j (d + 2) + d + 1} is B<sub>j</sub>. Every prefix of whole blocks is itself a Saltelli design
 * of fewer base rows, so an interrupted batch still holds a usable design. The cost is N (d + 2) runs.
 */
public final class SaltelliDesign {
    private final List<Factor> factors;
    private final int baseRows;
    private final int skip;

    /**
     * @param factors  the inputs, in the order of the points' coordinates
     * @param baseRows N, the rows of A and of B (at least 2)
     */
    public SaltelliDesign(List<Factor> factors, int baseRows) {
        this(factors, baseRows, 0);
    }

    /**
     * A design whose rows start at point {@code skip} of the Sobol sequence. The sequence's first points have
     * equal coordinates in every dimension (point 0 all zeros, point 1 all one half), so their A and B rows
     * coincide and every mix of them is the same world, which tells nothing about any factor. SALib's
     * {@code saltelli.sample} skips the first points for this reason (its {@code skip_values}, a power of two
     * at least N); {@link #skipFor} gives that number.
     */
    public SaltelliDesign(List<Factor> factors, int baseRows, int skip) {
        if (skip < 0) {
            throw new IllegalArgumentException("cannot skip " + skip + " Sobol points");
        }
        this.skip = skip;
        this.factors = List.copyOf(factors);
        if (this.factors.isEmpty()) {
            throw new IllegalArgumentException("a Saltelli design needs at least one factor");
        }
        if (baseRows < 2) {
            throw new IllegalArgumentException("a Saltelli design needs at least 2 base rows, got " + baseRows);
        }
        this.baseRows = baseRows;
    }

    /** The smallest power of two at least {@code baseRows} (and at least 2): SALib's recommended skip. */
    public static int skipFor(int baseRows) {
        int skip = 2;
        while (skip < baseRows) {
            skip *= 2;
        }
        return skip;
    }

    public List<Factor> factors() {
        return factors;
    }

    /** N, the rows of A and of B. */
    public int baseRows() {
        return baseRows;
    }

    /** d + 2: the points of one base row's block. */
    public int pointsPerRow() {
        return factors.size() + 2;
    }

    /** Sobol points skipped before the first row. */
    public int skip() {
        return skip;
    }

    /** N (d + 2), the runs the design needs. */
    public int pointCount() {
        return baseRows * pointsPerRow();
    }

    /** Every point in run order: {@code points()[p][i]} is the value of factor i at point p. */
    public double[][] points() {
        int d = factors.size();
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * d);
        if (skip > 0) {
            sobol.skipTo(skip - 1); // returns point skip - 1; the next vector is point skip
        }
        double[][] points = new double[pointCount()][];
        for (int j = 0; j < baseRows; j++) {
            double[] u = sobol.nextVector();
            int first = j * pointsPerRow();
            double[] a = new double[d];
            double[] b = new double[d];
            for (int i = 0; i < d; i++) {
                a[i] = factors.get(i).at(u[i]);
                b[i] = factors.get(i).at(u[d + i]);
            }
            points[first] = a;
            for (int i = 0; i < d; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                points[first + 1 + i] = mixed;
            }
            points[first + d + 1] = b;
        }
        return points;
    }

    /**
     * The model's outputs at the points, read by block.
     *
     * @param values one finite value per point, in run order
     */
    public SaltelliOutputs outputs(double[] values) {
        if (values.length != pointCount()) {
            throw new IllegalArgumentException("a Saltelli design of " + baseRows + " base rows and " + factors.size()
                    + " factors has " + pointCount() + " points, got " + values.length + " outputs");
        }
        for (int p = 0; p < values.length; p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalArgumentException("output at point " + p + " is " + values[p]
                        + "; Sobol indices need a finite value at every point");
            }
        }
        return new SaltelliOutputs(values.clone(), factors.size(), baseRows);
    }
}
