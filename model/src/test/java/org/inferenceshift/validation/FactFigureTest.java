package org.inferenceshift.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.inferenceshift.figure.DecimalYear;
import org.junit.jupiter.api.Test;

class FactFigureTest {

    /** On a log axis the band is drawn over the positive values only: zero has no place there. */
    @Test
    void onALogAxisNonPositiveSeedsAreLeftOutOfTheBand() {
        StylizedFact logFact = StylizedFact.PRICE_DECLINE_CONSTANT_CAPABILITY;
        double[][] series = {{10, 0, Double.NaN}, {30, -5, Double.NaN}, {20, 4, Double.NaN}};
        List<double[]> rows = FactFigure.modelRows(new FactResult(logFact, 0, new double[3], series),
                YearMonth.of(2024, 1), 3);
        assertEquals(2, rows.size(), "the month without any value has no row");
        assertEquals(DecimalYear.of(YearMonth.of(2024, 1)), rows.get(0)[0]);
        assertEquals(20, rows.get(0)[1], 1e-12, "mean of 10, 30, 20");
        assertArrayEquals(new double[] {DecimalYear.of(YearMonth.of(2024, 2)), 4, 4, 4}, rows.get(1), 1e-12,
                "0 and -5 are left out");
    }

    @Test
    void onALinearAxisEveryFiniteSeedCounts() {
        StylizedFact linearFact = StylizedFact.FRONTIER_COMPUTE_GROWTH;
        double[][] series = {{0}, {-6}, {Double.POSITIVE_INFINITY}};
        List<double[]> rows = FactFigure.modelRows(new FactResult(linearFact, 0, new double[3], series),
                YearMonth.of(2024, 1), 1);
        assertEquals(-3, rows.get(0)[1], 1e-12, "mean of 0 and -6; the infinity is left out");
    }
}
