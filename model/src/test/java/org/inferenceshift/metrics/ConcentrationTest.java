package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConcentrationTest {

    @Test
    void hhiOfSharesHalfThirtyTwentyIs3800() {
        // 50^2 + 30^2 + 20^2 = 2500 + 900 + 400
        assertEquals(3800.0, Concentration.hhi(new double[] {0.5, 0.3, 0.2}), 1e-9);
    }

    @Test
    void hhiNormalisesAmountsToShares() {
        assertEquals(3800.0, Concentration.hhi(new double[] {5e8, 3e8, 2e8}), 1e-6);
        assertEquals(3800.0, Concentration.hhi(new double[] {0.2, 0, 0.5, 0.3}), 1e-9);
    }

    @Test
    void hhiRangesFromEqualSharesToMonopoly() {
        assertEquals(10_000.0, Concentration.hhi(new double[] {0, 7, 0}), 1e-9);
        assertEquals(2_500.0, Concentration.hhi(new double[] {1, 1, 1, 1}), 1e-9);
        assertEquals(0.0, Concentration.hhi(new double[] {0, 0}), 0.0);
    }

    @Test
    void cr4AddsTheFourLargestSharesWhateverTheOrder() {
        double[] revenue = {0.10, 0.25, 0.05, 0.30, 0.15, 0.15};
        // 0.30 + 0.25 + 0.15 + 0.15
        assertEquals(0.85, Concentration.concentrationRatio(revenue, 4), 1e-12);
        assertEquals(0.30, Concentration.concentrationRatio(revenue, 1), 1e-12);
    }

    @Test
    void cr4OfFewerThanFourLabsIsTheWholeMarket() {
        assertEquals(1.0, Concentration.concentrationRatio(new double[] {3, 1}, 4), 1e-12);
        assertEquals(0.0, Concentration.concentrationRatio(new double[] {0, 0}, 4), 0.0);
    }
}
