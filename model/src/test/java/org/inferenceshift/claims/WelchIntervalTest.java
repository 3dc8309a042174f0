package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Welch's t-interval against values computed independently with SciPy 1.17
 * ({@code scipy.stats.ttest_ind(b, a, equal_var=False).confidence_interval(level)}, which gives the
 * interval of mean(b) - mean(a)).
 */
class WelchIntervalTest {
    @Test
    void aKnownSampleGivesTheKnownInterval() {
        // means 3 and 7, variances 2.5 and 10: se = 1.5811, df = 5.8824, t(0.975, df) = 2.45882
        EffectInterval ci = WelchInterval.of(new double[] {1, 2, 3, 4, 5}, new double[] {3, 5, 7, 9, 11}, 0.95);
        assertEquals(4.0, ci.estimate(), 1e-12);
        assertEquals(0.11225835626302505, ci.lower(), 1e-9);
        assertEquals(7.887741643736975, ci.upper(), 1e-9);
        assertEquals(5, ci.baselineRuns());
        assertEquals(5, ci.treatmentRuns());
        assertEquals(Math.sqrt((2.5 + 10) / 2), ci.pooledSd(), 1e-12);
    }

    @Test
    void unequalSizesAndAnotherLevel() {
        double[] a = {0.2, 0.5, 0.9, 1.4};
        double[] b = {1.1, 1.9, 2.0, 2.4, 3.3, 2.8};
        EffectInterval ci95 = WelchInterval.of(a, b, 0.95);
        assertEquals(1.5, ci95.estimate(), 1e-12);
        assertEquals(0.5615798239818498, ci95.lower(), 1e-9);
        assertEquals(2.43842017601815, ci95.upper(), 1e-9);
        EffectInterval ci90 = WelchInterval.of(a, b, 0.90);
        assertEquals(0.7434223341208879, ci90.lower(), 1e-9);
        assertEquals(2.256577665879112, ci90.upper(), 1e-9);
    }

    @Test
    void runsWithoutADefinedValueAreLeftOut() {
        EffectInterval ci = WelchInterval.of(new double[] {1, Double.NaN, 2, 3, 4, 5},
                new double[] {3, 5, 7, Double.NaN, 9, 11}, 0.95);
        assertEquals(0.11225835626302505, ci.lower(), 1e-9);
        assertEquals(5, ci.baselineRuns());
        assertEquals(5, ci.treatmentRuns());
    }

    @Test
    void armsWithoutSpreadGiveTheDifferenceAsAPoint() {
        EffectInterval ci = WelchInterval.of(new double[] {2, 2, 2}, new double[] {5, 5}, 0.95);
        assertEquals(3, ci.lower());
        assertEquals(3, ci.upper());
        assertTrue(ci.isDefined());
    }

    @Test
    void fewerThanTwoDefinedRunsInAnArmGiveNoInterval() {
        EffectInterval ci = WelchInterval.of(new double[] {1, Double.NaN}, new double[] {3, 4, 5}, 0.95);
        assertFalse(ci.isDefined());
        assertEquals(3, ci.estimate(), 1e-12);
        assertEquals(Verdict.UNTESTED, Verdict.of(ci, Direction.INCREASE));
    }

    @Test
    void levelMustBeAProbability() {
        assertThrows(IllegalArgumentException.class, () -> WelchInterval.of(new double[] {1, 2}, new double[] {1, 2}, 1.0));
    }
}
