package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WelchInterval is the contrast (-1, +1): WelchIntervalTest checks that case against hand values. */
class ContrastIntervalTest {
    private static final double[] G1 = {1, 2, 3};       // mean 2, variance 1
    private static final double[] G2 = {2, 4, 6};       // mean 4, variance 4
    private static final double[] G3 = {0, 0, 3};       // mean 1, variance 3
    private static final double[] G4 = {5, 5, 5};       // mean 5, variance 0

    @Test
    void aMainEffectOfATwoByTwoAgainstHandValues() {
        // c = (-1/2, -1/2, +1/2, +1/2): L = (1 + 5)/2 - (2 + 4)/2 = 0
        // se^2 = 1/4 (1/3 + 4/3 + 3/3 + 0) = 2/3; w_i = (1, 4, 3, 0)/12, df = (2/3)^2 / (sum w_i^2 / 2) = 4.923
        // t(0.975, 4.923) = 2.58271 (scipy.stats.t.ppf): half-width 2.58271 * sqrt(2/3) = 2.10877
        EffectInterval i = ContrastInterval.of(List.of(G1, G2, G3, G4), new double[] {-0.5, -0.5, 0.5, 0.5}, 0.95);
        assertEquals(0, i.estimate(), 1e-12);
        assertEquals(-2.1087736908, i.lower(), 1e-8);
        assertEquals(2.1087736908, i.upper(), 1e-8);
        assertEquals(6, i.baselineRuns());
        assertEquals(6, i.treatmentRuns());
    }

    @Test
    void aGroupWithOneDefinedRunLeavesTheIntervalUndefinedButAZeroCoefficientIgnoresIt() {
        double[] single = {4, Double.NaN};
        assertTrue(Double.isNaN(ContrastInterval.of(List.of(G1, single), new double[] {-1, 1}, 0.95).lower()));
        EffectInterval ignored = ContrastInterval.of(List.of(G1, single, G2), new double[] {-1, 0, 1}, 0.95);
        assertEquals(2, ignored.estimate(), 1e-12);
        assertTrue(ignored.isDefined());
    }
}
