package org.inferenceshift.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SaltelliDesignTest {
    private static final List<Factor> FACTORS = List.of(new Factor("alpha", 0, 10), new Factor("beta", 100, 200),
            new Factor("gamma", -1, 1));

    /**
     * Each block is A_j, A_B^(1)_j, A_B^(2)_j, A_B^(3)_j, B_j, where A_j and B_j are the first and second
     * halves of point j of the 6-dimensional Sobol sequence, scaled to the ranges.
     */
    @Test
    void pointsComeInBlocksOfAThenEachMixThenB() {
        SaltelliDesign design = new SaltelliDesign(FACTORS, 8);
        double[][] points = design.points();
        assertEquals(5, design.pointsPerRow());
        assertEquals(40, design.pointCount());
        assertEquals(40, points.length);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(6);
        for (int j = 0; j < 8; j++) {
            double[] u = sobol.nextVector();
            double[] a = {10 * u[0], 100 + 100 * u[1], -1 + 2 * u[2]};
            double[] b = {10 * u[3], 100 + 100 * u[4], -1 + 2 * u[5]};
            assertArrayEquals(a, points[5 * j], 1e-12, "A of row " + j);
            assertArrayEquals(b, points[5 * j + 4], 1e-12, "B of row " + j);
            for (int i = 0; i < 3; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                assertArrayEquals(mixed, points[5 * j + 1 + i], 1e-12, "A_B^(" + (i + 1) + ") of row " + j);
            }
        }
        // the second Sobol point is 1/2 in every dimension: the middle of every range
        assertArrayEquals(new double[] {5, 150, 0}, points[5], 0);
    }

    @Test
    void outputsAreReadByBlock() {
        SaltelliDesign design = new SaltelliDesign(FACTORS.subList(0, 2), 2);
        double[] values = {1, 2, 3, 4, 10, 20, 30, 40};
        SaltelliOutputs f = design.outputs(values);
        assertEquals(1, f.a(0));
        assertEquals(2, f.mixed(0, 0));
        assertEquals(3, f.mixed(1, 0));
        assertEquals(4, f.b(0));
        assertEquals(10, f.a(1));
        assertEquals(30, f.mixed(1, 1));
        assertEquals(40, f.b(1));
        values[0] = 99;
        assertEquals(1, f.a(0), "the outputs are copied");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        SaltelliDesign design = new SaltelliDesign(FACTORS, 4);
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> design.outputs(new double[19]));
        assertEquals("a Saltelli design of 4 base rows and 3 factors has 20 points, got 19 outputs", count.getMessage());
        double[] withNaN = new double[20];
        withNaN[7] = Double.NaN;
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> design.outputs(withNaN));
        assertTrue(nan.getMessage().startsWith("output at point 7 is NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(List.of(), 4));
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(FACTORS, 1));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> new Factor("x", 2, 2));
        assertEquals("factor x: range [2.0, 2.0] must be finite with lower < upper", range.getMessage());
    }
}
