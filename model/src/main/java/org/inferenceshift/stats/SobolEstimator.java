package org.inferenceshift.stats;

import java.util.Arrays;

/**
 * First- and total-order Sobol indices from the outputs of a {@link SaltelliDesign}, each base row j
 * weighted by w<sub>j</sub> (1 for the estimate itself, the row's multiplicity in a bootstrap resample).
 * With W = Σ w<sub>j</sub>, and the outputs centred on m = Σ w<sub>j</sub> (f(A)<sub>j</sub> +
 * f(B)<sub>j</sub>) / 2W so that adding a constant to the model changes nothing (SALib does the same):
 * <pre>
 *   V    = Σ w_j ((f(A)_j - m)² + (f(B)_j - m)²) / 2W                  total variance, over A's and B's runs
 *   V_i  = Σ w_j f(B)_j (f(A_B^(i))_j - f(A)_j) / W                     Saltelli et al. 2010, Table 2 (b)
 *   VT_i = Σ w_j (f(A)_j - f(A_B^(i))_j)² / 2W                          Jansen 1999 (Saltelli et al. 2010, Table 2 (f))
 *   S_i  = V_i / V,   ST_i = VT_i / V
 * </pre>
 * V<sub>i</sub> estimates V[E(Y | X<sub>i</sub>)], the variance the factor explains alone; VT<sub>i</sub>
 * estimates E[V(Y | X<sub>~i</sub>)], the variance left when every other factor is fixed, so ST<sub>i</sub>
 * includes all of factor i's interactions. Saltelli et al. 2010 (<i>Comput. Phys. Commun.</i> 181:259)
 * found these two the most efficient of the estimators they compared; M. J. W. Jansen 1999, "Analysis of
 * variance designs for model output", <i>Comput. Phys. Commun.</i> 117:35. Finite samples can give
 * estimates slightly below 0 or above 1; they are reported as computed.
 */
final class SobolEstimator {
    private SobolEstimator() {
    }

    /**
     * Fills {@code firstOrder[i]} and {@code totalOrder[i]} for every factor and returns V; when V is zero
     * (the output never varies) the indices are undefined and filled with NaN. Allocates nothing.
     *
     * @param weights one non-negative weight per base row, not all zero
     */
    static double estimate(SaltelliOutputs f, int[] weights, double[] firstOrder, double[] totalOrder) {
        int n = f.baseRows();
        double sum = 0;
        long total = 0;
        for (int j = 0; j < n; j++) {
            sum += weights[j] * (f.a(j) + f.b(j));
            total += weights[j];
        }
        double mean = sum / (2.0 * total);
        double squares = 0;
        for (int j = 0; j < n; j++) {
            double da = f.a(j) - mean;
            double db = f.b(j) - mean;
            squares += weights[j] * (da * da + db * db);
        }
        double variance = squares / (2.0 * total);
        if (variance == 0) {
            Arrays.fill(firstOrder, Double.NaN);
            Arrays.fill(totalOrder, Double.NaN);
            return variance;
        }
        for (int i = 0; i < f.factors(); i++) {
            double first = 0;
            double jansen = 0;
            for (int j = 0; j < n; j++) {
                double step = f.mixed(i, j) - f.a(j);
                first += weights[j] * (f.b(j) - mean) * step;
                jansen += weights[j] * step * step;
            }
            firstOrder[i] = first / total / variance;
            totalOrder[i] = jansen / (2.0 * total) / variance;
        }
        return variance;
    }
}
