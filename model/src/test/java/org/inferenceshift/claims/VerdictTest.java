package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class VerdictTest {
    private static EffectInterval interval(double estimate, double lower, double upper) {
        return new EffectInterval(estimate, lower, upper, 30, 30, 1, 0.95);
    }

    @Test
    void theRuleFollowsTheSideOfZeroTheIntervalIsOn() {
        assertEquals(Verdict.SUPPORTED, Verdict.of(interval(0.5, 0.1, 0.9), Direction.INCREASE));
        assertEquals(Verdict.CONTRADICTED, Verdict.of(interval(0.5, 0.1, 0.9), Direction.DECREASE));
        assertEquals(Verdict.SUPPORTED, Verdict.of(interval(-0.5, -0.9, -0.1), Direction.DECREASE));
        assertEquals(Verdict.CONTRADICTED, Verdict.of(interval(-0.5, -0.9, -0.1), Direction.INCREASE));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(interval(0.5, -0.1, 1.1), Direction.INCREASE));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(interval(-0.5, -1.1, 0.1), Direction.INCREASE));
    }

    @Test
    void anIntervalThatTouchesZeroDoesNotExcludeIt() {
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(interval(0.4, 0.0, 0.8), Direction.INCREASE));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(interval(0, 0, 0), Direction.DECREASE));
    }

    @Test
    void noIntervalIsUntested() {
        assertEquals(Verdict.UNTESTED, Verdict.of(null, Direction.INCREASE));
        assertEquals(Verdict.UNTESTED, Verdict.of(interval(0.5, Double.NaN, Double.NaN), Direction.INCREASE));
    }

    /**
     * Two arms drawn from the same distribution, 400 times: a 95% interval contains zero about 95% of the
     * time, so the verdict is inconclusive in most repetitions. 380 of 400 is expected; the bounds are three
     * binomial standard deviations (sqrt(400 * 0.05 * 0.95) = 4.4) either side.
     */
    @Test
    void aZeroEffectComparisonIsInconclusiveInMostRepetitions() {
        NormalDistribution normal = new NormalDistribution(new Well19937c(12345), 10, 3);
        int inconclusive = 0;
        int repetitions = 400;
        for (int r = 0; r < repetitions; r++) {
            EffectInterval ci = WelchInterval.of(normal.sample(30), normal.sample(30), 0.95);
            inconclusive += Verdict.of(ci, Direction.INCREASE) == Verdict.INCONCLUSIVE ? 1 : 0;
        }
        assertTrue(inconclusive >= 367 && inconclusive <= 393, inconclusive + " of " + repetitions + " inconclusive");
    }

    /** With a true effect of one standard deviation and 30 runs per arm, the test has power above 0.9. */
    @Test
    void aRealEffectIsFoundAndNeverReversed() {
        NormalDistribution baseline = new NormalDistribution(new Well19937c(99), 10, 3);
        NormalDistribution treatment = new NormalDistribution(new Well19937c(100), 13, 3);
        int supported = 0;
        for (int r = 0; r < 200; r++) {
            Verdict v = Verdict.of(WelchInterval.of(baseline.sample(30), treatment.sample(30), 0.95), Direction.INCREASE);
            assertTrue(v != Verdict.CONTRADICTED);
            supported += v == Verdict.SUPPORTED ? 1 : 0;
        }
        assertTrue(supported >= 180, supported + " of 200 supported");
    }
}
