package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.inferenceshift.stats.WelchTest;
import org.junit.jupiter.api.Test;

class AdjustedVerdictTest {
    @Test
    void theAdjustedPValueAndTheSignDecide() {
        assertEquals(Verdict.SUPPORTED, AdjustedVerdict.of(0.3, 0.01, Direction.INCREASE, 0.05));
        assertEquals(Verdict.CONTRADICTED, AdjustedVerdict.of(0.3, 0.01, Direction.DECREASE, 0.05));
        assertEquals(Verdict.INCONCLUSIVE, AdjustedVerdict.of(0.3, 0.05, Direction.INCREASE, 0.05));
        assertEquals(Verdict.UNTESTED, AdjustedVerdict.of(0.3, Double.NaN, Direction.INCREASE, 0.05));
    }

    /**
     * The Welch test and the Welch interval are dual: unadjusted, the p-value rule gives the interval rule's
     * verdict on every draw (200 comparisons with effects from none to large, so all three verdicts occur).
     */
    @Test
    void unadjustedItIsTheIntervalVerdict() {
        NormalDistribution noise = new NormalDistribution(new Well19937c(42), 0, 1);
        int[] seen = new int[Verdict.values().length];
        for (int r = 0; r < 200; r++) {
            double[] baseline = noise.sample(8);
            double[] treatment = noise.sample(8);
            double shift = (r % 5 - 2) * 0.6;
            for (int k = 0; k < treatment.length; k++) {
                treatment[k] += shift;
            }
            EffectInterval interval = WelchInterval.of(baseline, treatment, 0.95);
            Verdict byInterval = Verdict.of(interval, Direction.INCREASE);
            Verdict byTest = AdjustedVerdict.of(interval.estimate(), WelchTest.pValue(baseline, treatment),
                    Direction.INCREASE, 0.05);
            assertEquals(byInterval, byTest, "draw " + r);
            seen[byInterval.ordinal()]++;
        }
        assertEquals(0, seen[Verdict.UNTESTED.ordinal()]);
        for (Verdict v : new Verdict[] {Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.INCONCLUSIVE}) {
            assertTrue(seen[v.ordinal()] > 0, v + " occurs");
        }
    }
}
