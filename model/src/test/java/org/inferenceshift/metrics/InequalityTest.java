package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inferenceshift.market.MarketTally;
import org.junit.jupiter.api.Test;

/**
 * Expected values by hand from the definition: Gini = mean absolute difference over all ordered pairs
 * (i, j), divided by twice the mean.
 */
class InequalityTest {

    @Test
    void giniOfOneToFour() {
        // ordered pairs: 2 * (1+2+3 + 1+2 + 1) = 20 over 16 pairs = 1.25; mean 2.5; 1.25 / 5 = 0.25
        assertEquals(0.25, Inequality.gini(new double[] {3, 1, 4, 2}, null), 1e-12);
    }

    @Test
    void giniOfOneHolderAmongFourIsThreeQuarters() {
        // pairs: 6 ordered pairs differ by 10 -> 60 / 16 = 3.75; mean 2.5; 3.75 / 5 = 0.75
        assertEquals(0.75, Inequality.gini(new double[] {0, 10, 0, 0}, null), 1e-12);
    }

    @Test
    void equalValuesHaveNoInequality() {
        assertEquals(0.0, Inequality.gini(new double[] {0.4, 0.4, 0.4}, null), 1e-12);
    }

    @Test
    void weightsCountAsRepeatedPeople() {
        // (0, 10) weighted (3, 1) is the vector (0, 0, 0, 10)
        assertEquals(0.75, Inequality.gini(new double[] {10, 0}, new double[] {1, 3}), 1e-12);
        // (1, 2, 3) weighted (2, 1, 1) is (1, 1, 2, 3): pairs 2 * (0+1+2+1+2+1) = 14 over 16; mean 1.75
        // 0.875 / 3.5 = 0.25
        assertEquals(0.25, Inequality.gini(new double[] {1, 2, 3}, new double[] {2, 1, 1}), 1e-12);
    }

    @Test
    void onlyRelativeWeightsMatter() {
        double[] values = {1, 2, 3};
        assertEquals(Inequality.gini(values, new double[] {2, 1, 1}),
                Inequality.gini(values, new double[] {0.5, 0.25, 0.25}), 1e-12);
    }

    @Test
    void histogramGiniTakesEachBinAtItsCentre() {
        long[] counts = new long[MarketTally.SUCCESS_BINS];
        counts[0] = 500;
        counts[MarketTally.SUCCESS_BINS - 1] = 500;
        // two equal groups at a and b: Gini = |b - a| / (2 (a + b)); centres 0.5/4096 and 4095.5/4096 sum to 1
        double expected = (4095.0 / 4096) / 2;
        assertEquals(expected, Inequality.giniOfUnitHistogram(counts), 1e-12);
    }

    @Test
    void histogramWithEveryoneInOneBinHasNoInequality() {
        long[] counts = new long[MarketTally.SUCCESS_BINS];
        counts[1234] = 77;
        assertEquals(0.0, Inequality.giniOfUnitHistogram(counts), 1e-12);
    }
}
