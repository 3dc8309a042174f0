package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.stats.Factor;
import org.inferenceshift.stats.SaltelliDesign;
import org.junit.jupiter.api.Test;

class DistinctPointsTest {
    private static final List<Factor> FACTORS = List.of(new Factor("a", 0, 1), new Factor("b", 0, 1),
            new Factor("c", 0, 1));

    @Test
    void theSobolSequencesFirstTwoPointsMakeRowsOfOneWorldEach() {
        // d = 3, N = 2, no skip: row 0 is Sobol point 0 (all 0) and row 1 point 1 (all 0.5) in A and in B, so each
        // row's A, three mixes and B are one world: two distinct worlds out of ten points
        DistinctPoints worlds = DistinctPoints.of(new SaltelliDesign(FACTORS, 2).points());
        assertEquals(2, worlds.distinct().length);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, worlds.index());
        assertArrayEquals(new double[] {7, 7, 7, 7, 7, 8, 8, 8, 8, 8}, worlds.expand(new double[] {7, 8}), 0.0);
    }

    @Test
    void skippingThemAsSaltelliDoesGivesMostlyDistinctWorldsAndEveryPointMapsToItself() {
        assertEquals(2, SaltelliDesign.skipFor(2));
        assertEquals(16, SaltelliDesign.skipFor(15));
        double[][] points = new SaltelliDesign(FACTORS, 2, SaltelliDesign.skipFor(2)).points();
        DistinctPoints worlds = DistinctPoints.of(points);
        // Sobol points 2 and 3 have coordinates in {.25, .75} only, so a few mixes of the two rows coincide
        assertTrue(worlds.distinct().length > 2 && worlds.distinct().length <= points.length, "" + worlds.distinct().length);
        for (int p = 0; p < points.length; p++) {
            assertArrayEquals(points[p], worlds.distinct()[worlds.index()[p]], 0.0, "point " + p);
        }
        for (int i = 0; i < worlds.distinct().length; i++) {
            for (int j = i + 1; j < worlds.distinct().length; j++) {
                assertFalse(java.util.Arrays.equals(worlds.distinct()[i], worlds.distinct()[j]), i + " and " + j);
            }
        }
    }
}
