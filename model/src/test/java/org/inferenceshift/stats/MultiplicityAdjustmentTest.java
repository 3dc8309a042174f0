package org.inferenceshift.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Holm and Benjamini-Hochberg adjustments worked by hand (the steps are in each test); the BH values also
 * agree with SciPy 1.17's {@code scipy.stats.false_discovery_control(p)}.
 */
class MultiplicityAdjustmentTest {
    private static final double[] FAMILY = {0.01, 0.04, 0.03, 0.005};

    /**
     * Sorted: 0.005, 0.01, 0.03, 0.04 (inputs 4, 1, 3, 2); times m - j + 1 = 4, 3, 2, 1: 0.02, 0.03, 0.06,
     * 0.04; running maximum: 0.02, 0.03, 0.06, 0.06; back in input order: 0.03, 0.06, 0.06, 0.02.
     */
    @Test
    void holmMultipliesTheSortedPValuesByTheHypothesesLeftAndKeepsThemMonotone() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, HolmAdjustment.adjust(FAMILY), 1e-15);
    }

    /**
     * Sorted as above; times m / j = 4, 2, 4/3, 1: 0.02, 0.02, 0.04, 0.04; running minimum from the largest:
     * 0.04, 0.04, 0.02, 0.02; in input order: 0.02, 0.04, 0.04, 0.02.
     */
    @Test
    void benjaminiHochbergScalesBySizeOverRankAndKeepsThemMonotone() {
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, BenjaminiHochberg.adjust(FAMILY), 1e-15);
    }

    /** Holm: 0.5 × 2 = 1, then max(1, 0.6) = 1. BH: 0.6 × 2/2 = 0.6, then min(0.6, 0.5 × 2/1) = 0.6. */
    @Test
    void adjustedPValuesNeverExceedOne() {
        assertArrayEquals(new double[] {1, 1}, HolmAdjustment.adjust(new double[] {0.5, 0.6}), 1e-15);
        assertArrayEquals(new double[] {0.6, 0.6}, BenjaminiHochberg.adjust(new double[] {0.5, 0.6}), 1e-15);
    }

    /** Untested claims have no p-value: they stay NaN and the family is the other two (m = 2). */
    @Test
    void undefinedPValuesAreNotPartOfTheFamily() {
        double[] p = {Double.NaN, 0.01, 0.04};
        double[] holm = HolmAdjustment.adjust(p);
        assertTrue(Double.isNaN(holm[0]));
        assertEquals(0.02, holm[1], 1e-15);
        assertEquals(0.04, holm[2], 1e-15);
        double[] bh = BenjaminiHochberg.adjust(p);
        assertTrue(Double.isNaN(bh[0]));
        assertEquals(0.02, bh[1], 1e-15);
        assertEquals(0.04, bh[2], 1e-15);
    }

    @Test
    void holmIsNeverMoreLenientThanBenjaminiHochberg() {
        double[] p = {0.001, 0.2, 0.013, 0.049, 0.9, 0.03, 0.0004, 0.07};
        double[] holm = HolmAdjustment.adjust(p);
        double[] bh = BenjaminiHochberg.adjust(p);
        for (int k = 0; k < p.length; k++) {
            assertTrue(p[k] <= bh[k] && bh[k] <= holm[k], "p " + p[k] + ", BH " + bh[k] + ", Holm " + holm[k]);
        }
    }

    @Test
    void aFamilyOfOneIsLeftAlone() {
        assertArrayEquals(new double[] {0.037}, HolmAdjustment.adjust(new double[] {0.037}), 0);
        assertArrayEquals(new double[] {0.037}, BenjaminiHochberg.adjust(new double[] {0.037}), 0);
        assertEquals(0, HolmAdjustment.adjust(new double[0]).length);
    }

    @Test
    void somethingThatIsNotAProbabilityIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolmAdjustment.adjust(new double[] {0.2, 1.5}));
        assertEquals("p-value 1 is 1.5, not in [0, 1]", e.getMessage());
    }
}
