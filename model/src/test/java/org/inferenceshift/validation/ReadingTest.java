package org.inferenceshift.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each reading against values worked out by hand. */
class ReadingTest {
    private static final double EPS = 1e-12;

    @Test
    void valueAndComplementReadTheMetricAsItIs() {
        double[] x = {0.9, 0.75, Double.NaN};
        assertArrayEquals(x, Reading.VALUE.over(x));
        double[] c = Reading.COMPLEMENT.over(x);
        assertEquals(0.1, c[0], EPS);
        assertEquals(0.25, c[1], EPS);
        assertTrue(Double.isNaN(c[2]));
    }

    @Test
    void growthSinceStartIsAnnualised() {
        // 1 -> 4 over 24 months is 2x a year; 1 -> 2 over 6 months is 4x a year
        double[] x = new double[25];
        x[0] = 1;
        x[6] = 2;
        x[24] = 4;
        double[] g = Reading.GROWTH_SINCE_START.over(x);
        assertTrue(Double.isNaN(g[0]), "no growth over zero months");
        assertEquals(4, g[6], EPS);
        assertEquals(2, g[24], EPS);
        assertTrue(Double.isNaN(g[1]), "a zero value has no growth rate");
    }

    @Test
    void declineSinceStartIsTheInverseOfGrowth() {
        double[] x = new double[13];
        x[0] = 100;
        x[12] = 2;
        assertEquals(50, Reading.DECLINE_SINCE_START.over(x)[12], EPS);
    }

    @Test
    void growthOverYearComparesWithTwelveMonthsBefore() {
        double[] x = new double[14];
        for (int t = 0; t < x.length; t++) {
            x[t] = t + 1;
        }
        double[] g = Reading.GROWTH_OVER_YEAR.over(x);
        assertTrue(Double.isNaN(g[11]));
        assertEquals(13.0 / 1, g[12], EPS);
        assertEquals(14.0 / 2, g[13], EPS);
    }

    @Test
    void runningMeanSkipsUndefinedMonths() {
        double[] m = Reading.MEAN_SINCE_START.over(new double[] {Double.NaN, 0.2, 0.4, Double.NaN, 0.9});
        assertTrue(Double.isNaN(m[0]));
        assertEquals(0.2, m[1], EPS);
        assertEquals(0.3, m[2], EPS);
        assertEquals(0.3, m[3], EPS);
        assertEquals(0.5, m[4], EPS);
    }
}
