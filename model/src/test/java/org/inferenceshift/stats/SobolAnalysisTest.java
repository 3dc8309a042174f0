package org.inferenceshift.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices recovered from functions whose indices are known in closed form.
 *
 * <p>Ishigami function (Ishigami &amp; Homma 1990, "An importance quantification technique in uncertainty
 * analysis for computer models", Proc. ISUMA '90, 398-403): f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1 with
 * x1, x2, x3 uniform on [-π, π], a = 7, b = 0.1. Its variance decomposition (Saltelli et al. 2008, <i>Global
 * Sensitivity Analysis: The Primer</i>, §4.8; SALib's documentation lists the same values) is
 * V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V3 = 0, V13 = 8b²π⁸/225, and no other
 * term: S = (V1, V2, 0)/V = (0.3139, 0.4424, 0) and ST = (V1 + V13, V2, V13)/V = (0.5576, 0.4424, 0.2437).
 * The test computes them from these formulas and checks them against the published four-digit values.
 *
 * <p>Linear additive function f(x) = Σ c_i x_i with x_i uniform on [l_i, u_i]: V_i = c_i² (u_i - l_i)²/12,
 * no interactions, so S_i = ST_i = V_i / Σ V_k.
 */
class SobolAnalysisTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final BootstrapSettings BOOTSTRAP = new BootstrapSettings(500, 0.95, 20250214L);

    private static double ishigami(double[] x) {
        double s = Math.sin(x[1]);
        return Math.sin(x[0]) + A * s * s + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    private static List<Factor> ishigamiFactors() {
        return List.of(new Factor("x1", -Math.PI, Math.PI), new Factor("x2", -Math.PI, Math.PI),
                new Factor("x3", -Math.PI, Math.PI));
    }

    private static double[] run(SaltelliDesign design, ToDoubleFunction<double[]> model) {
        double[][] points = design.points();
        double[] outputs = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            outputs[p] = model.applyAsDouble(points[p]);
        }
        return outputs;
    }

    private static double ishigamiVariance() {
        double pi4 = Math.pow(Math.PI, 4);
        return A * A / 8 + B * pi4 / 5 + B * B * pi4 * pi4 / 18 + 0.5;
    }

    private static double[][] ishigamiAnalytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = ishigamiVariance();
        double v1 = Math.pow(1 + B * pi4 / 5, 2) / 2;
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    @Test
    void theClosedFormGivesThePublishedIshigamiIndices() {
        double[][] analytic = ishigamiAnalytic();
        double[] publishedFirst = {0.3139, 0.4424, 0};
        double[] publishedTotal = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(publishedFirst[i], analytic[0][i], 5e-5);
            assertEquals(publishedTotal[i], analytic[1][i], 5e-5);
        }
    }

    /**
     * At N = 4,096 base rows (20,480 runs) each index is within 0.01 of its analytic value (a third of the
     * bootstrap intervals' half-width there, about 0.03; the estimates land within 0.001), and each
     * bootstrap interval contains it.
     */
    @Test
    void ishigamiIndicesAreRecovered() {
        SaltelliDesign design = new SaltelliDesign(ishigamiFactors(), 4096);
        SobolIndices indices = SobolAnalysis.of(design, run(design, SobolAnalysisTest::ishigami), BOOTSTRAP);
        double[][] analytic = ishigamiAnalytic();
        for (int i = 0; i < 3; i++) {
            FactorIndices f = indices.factor(i);
            assertEquals(analytic[0][i], f.firstOrder().value(), 0.01, "S1 of " + f.factor());
            assertEquals(analytic[1][i], f.totalOrder().value(), 0.01, "ST of " + f.factor());
            assertContains(f.firstOrder(), analytic[0][i], "S1 of " + f.factor());
            assertContains(f.totalOrder(), analytic[1][i], "ST of " + f.factor());
        }
        assertEquals(ishigamiVariance(), indices.variance(), 0.05);
    }

    @Test
    void aLinearAdditiveFunctionHasEqualFirstAndTotalIndices() {
        List<Factor> factors = List.of(new Factor("x1", 0, 1), new Factor("x2", 0, 1), new Factor("x3", -1, 1),
                new Factor("x4", 5, 6));
        double[] c = {1, 2, 1.5, 0};
        // V_i = c_i² (u_i - l_i)² / 12: 1/12, 4/12, 9/12 (2.25 × a width of 2, squared), 0; total 14/12
        double[] expected = {1.0 / 14, 4.0 / 14, 9.0 / 14, 0};
        SaltelliDesign design = new SaltelliDesign(factors, 1024);
        SobolIndices indices = SobolAnalysis.of(design, run(design, x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2]
                + c[3] * x[3]), BOOTSTRAP);
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], indices.factor(i).firstOrder().value(), 0.01, "S1 of x" + (i + 1));
            assertEquals(expected[i], indices.factor(i).totalOrder().value(), 0.01, "ST of x" + (i + 1));
        }
        assertEquals(0, indices.factor(3).totalOrder().value(), 1e-12, "a factor the output ignores");
        assertEquals(14.0 / 12, indices.variance(), 0.01);
    }

    @Test
    void addingAConstantToTheOutputChangesNothing() {
        SaltelliDesign design = new SaltelliDesign(ishigamiFactors(), 512);
        SobolIndices plain = SobolAnalysis.of(design, run(design, SobolAnalysisTest::ishigami), BOOTSTRAP);
        SobolIndices shifted = SobolAnalysis.of(design, run(design, x -> ishigami(x) + 1e4), BOOTSTRAP);
        for (int i = 0; i < 3; i++) {
            assertEquals(plain.factor(i).firstOrder().value(), shifted.factor(i).firstOrder().value(), 1e-9);
            assertEquals(plain.factor(i).totalOrder().upper(), shifted.factor(i).totalOrder().upper(), 1e-9);
        }
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        SaltelliDesign design = new SaltelliDesign(ishigamiFactors(), 256);
        double[] outputs = run(design, SobolAnalysisTest::ishigami);
        SobolIndices once = SobolAnalysis.of(design, outputs, BOOTSTRAP);
        SobolIndices again = SobolAnalysis.of(design, outputs, BOOTSTRAP);
        SobolIndices otherSeed = SobolAnalysis.of(design, outputs, new BootstrapSettings(500, 0.95, 7));
        assertEquals(once, again);
        assertEquals(once.factor(0).firstOrder().value(), otherSeed.factor(0).firstOrder().value(),
                "the estimate uses every row whatever the seed");
        assertNotEquals(once.factor(0).firstOrder().lower(), otherSeed.factor(0).firstOrder().lower());
    }

    @Test
    void moreBaseRowsGiveNarrowerIntervals() {
        double[] widths = new double[2];
        int[] rows = {256, 4096};
        for (int k = 0; k < 2; k++) {
            SaltelliDesign design = new SaltelliDesign(ishigamiFactors(), rows[k]);
            IndexEstimate st1 = SobolAnalysis.of(design, run(design, SobolAnalysisTest::ishigami), BOOTSTRAP)
                    .factor(0).totalOrder();
            widths[k] = st1.upper() - st1.lower();
        }
        // sixteen times the rows: about a quarter of the width for independent rows
        assertTrue(widths[1] < widths[0] / 2.5, widths[0] + " then " + widths[1]);
    }

    @Test
    void anOutputThatNeverVariesHasNoIndices() {
        SaltelliDesign design = new SaltelliDesign(ishigamiFactors(), 16);
        SobolIndices indices = SobolAnalysis.of(design, new double[design.pointCount()], BOOTSTRAP);
        assertEquals(0, indices.variance());
        assertTrue(Double.isNaN(indices.factor(1).firstOrder().value()));
        assertTrue(Double.isNaN(indices.factor(1).totalOrder().upper()));
    }

    private static void assertContains(IndexEstimate estimate, double truth, String what) {
        assertTrue(estimate.lower() <= truth && truth <= estimate.upper(),
                what + ": " + truth + " outside [" + estimate.lower() + ", " + estimate.upper() + "]");
    }
}
