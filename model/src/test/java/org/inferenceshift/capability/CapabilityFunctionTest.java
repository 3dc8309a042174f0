package org.inferenceshift.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.scenario.CapabilityParams;
import org.inferenceshift.scenario.GainShape;
import org.junit.jupiter.api.Test;

/** DESIGN §4 formulas against values worked out by hand (each test shows the arithmetic). */
class CapabilityFunctionTest {
    // wall W = 1e26, returns above it 0.3, beta_r 0.7, beta_i 0.1, P in [0.5, 4.5], rlScale 0.1
    private final CapabilityFunction f = new CapabilityFunction(
            new CapabilityParams(1e26, 0.3, 0.7, 0.1, 0.5, 4.5, GainShape.SATURATING, 0.1, 28.5, 27.5));
    private final CapabilityFunction hard = new CapabilityFunction(
            new CapabilityParams(1e26, 0.3, 0.7, 0.1, 0.5, 4.5, GainShape.HARD, 0.1, 28.5, 27.5));

    @Test
    void belowTheDataWallCapabilityIsLog10OfEffectiveCompute() {
        assertEquals(25.0, f.baseE(1e25), 1e-12);
        assertEquals(26.0, f.baseE(1e26), 1e-12);
    }

    @Test
    void aboveTheDataWallEachOomEarnsOnlyReturnsAboveWall() {
        // log10(W) + 0.3 * (log10(1e28) - log10(W)) = 26 + 0.3 * 2 = 26.6
        assertEquals(26.6, f.baseE(1e28), 1e-12);
        assertEquals(1e28, f.effectiveFlopFor(26.6), 1e28 * 1e-9);
    }

    @Test
    void withoutPostTrainingThePlateauIsPMinAndItSaturatesAtPMax() {
        assertEquals(0.5, f.plateau(0, 1e25), 1e-12);
        assertEquals(4.5, f.plateau(1e30, 1e25), 1e-9);
        // R = rlScale * C: P = 0.5 + 4 * (1 - e^-1) = 0.5 + 4 * 0.6321205588 = 3.0284822353
        assertEquals(3.0284822353, f.plateau(1e24, 1e25), 1e-9);
    }

    @Test
    void servingAtKEqualsOneGivesNoGain() {
        assertEquals(0.0, f.gain(TaskClass.REASONING, 3.0, 1.0), 0.0);
        assertEquals(0.0, f.gain(TaskClass.INTUITIVE, 3.0, 1.0), 0.0);
    }

    @Test
    void gainAtTenTimesInferenceMatchesTheFormula() {
        // 0.7 * 3 * (1 - exp(-1/3)) = 2.1 * 0.2834686894 = 0.5952842478
        assertEquals(0.5952842478, f.gain(TaskClass.REASONING, 3.0, 10.0), 1e-9);
        // intuitive: 0.1 * 3 * 0.2834686894 = 0.0850406068
        assertEquals(0.0850406068, f.gain(TaskClass.INTUITIVE, 3.0, 10.0), 1e-9);
    }

    @Test
    void gainSaturatesAtBetaTimesPlateau() {
        assertEquals(0.7 * 3.0, f.gain(TaskClass.REASONING, 3.0, 1e300), 1e-9);
        double previous = 0;
        for (double k = 10; k < 1e12; k *= 10) {
            double g = f.gain(TaskClass.REASONING, 3.0, k);
            assertTrue(g > previous, "gain rises with k");
            assertTrue(g < 2.1, "gain stays below its plateau");
            previous = g;
        }
    }

    @Test
    void slopeAtKEqualsOneIsBeta() {
        double h = 1e-6;
        double slope = f.gain(TaskClass.REASONING, 3.0, Math.pow(10, h)) / h;
        assertEquals(0.7, slope, 1e-5);
    }

    @Test
    void throttledBelowKEqualsOneCapabilityFallsLinearlyInLogK() {
        assertEquals(-0.7, f.gain(TaskClass.REASONING, 3.0, 0.1), 1e-12);
    }

    @Test
    void successIsOneHalfWhereCapabilityMeetsDifficulty() {
        assertEquals(0.5, CapabilityFunction.success(26, 26, 0.6), 1e-15);
        // one width above: 1 / (1 + e^-1) = 0.7310585786
        assertEquals(0.7310585786, CapabilityFunction.success(26.6, 26, 0.6), 1e-9);
    }

    @Test
    void underTheHardShapeTheGainIsLinearInLogKUpToThePlateauAndFlatBeyondIt() {
        // 0.7 * min(1, 3) = 0.7; 0.7 * min(3, 3) = 2.1; 0.7 * min(6, 3) = 2.1
        assertEquals(0.7, hard.gain(TaskClass.REASONING, 3.0, 10.0), 1e-12);
        assertEquals(2.1, hard.gain(TaskClass.REASONING, 3.0, 1e3), 1e-12);
        assertEquals(2.1, hard.gain(TaskClass.REASONING, 3.0, 1e6), 1e-12);
        assertEquals(-0.7, hard.gain(TaskClass.REASONING, 3.0, 0.1), 1e-12);
    }

    @Test
    void underTheHardShapeTheInverseIsTenToGainOverBetaWithinThePlateauOnly() {
        // 1.4 / 0.7 = 2 OOM: k = 100; 2.1 / 0.7 = 3 = P: k = 1000; 2.2 / 0.7 > 3: unreachable
        assertEquals(100, hard.multiplierForGain(TaskClass.REASONING, 3.0, 1.4), 1e-9);
        assertEquals(1000, hard.multiplierForGain(TaskClass.REASONING, 3.0, 2.1), 1e-6);
        assertEquals(Double.POSITIVE_INFINITY, hard.multiplierForGain(TaskClass.REASONING, 3.0, 2.2));
        assertEquals(1.0, hard.multiplierForGain(TaskClass.REASONING, 3.0, -0.5), 0.0);
    }

    @Test
    void theSaturatingInverseRefusesConfigurationsBeyondThePlateau() {
        // gain 1.0: log10 k = -3 ln(1 - 1/2.1) = 1.9418, within P = 3: k = 87.46
        assertEquals(Math.pow(10, -3 * Math.log(1 - 1.0 / 2.1)),
                f.multiplierForGain(TaskClass.REASONING, 3.0, 1.0), 1e-9);
        // gain 1.5: log10 k = -3 ln(1 - 1.5/2.1) = 3.758 > 3, though the curve would reach it at k = 5.7e3
        assertEquals(Double.POSITIVE_INFINITY, f.multiplierForGain(TaskClass.REASONING, 3.0, 1.5));
    }

    @Test
    void theTextsExampleA1e24ModelAtTenThousandTimesInference() {
        // the texts: 1e24 FLOP of pre-training with 10^4 x inference is about a 1e27 model. With P = 4.5
        // (saturated post-training) HARD gives 24 + 0.7 * 4 = 26.8; SATURATING 24 + 3.15 (1 - e^(-4/4.5)) = 25.86
        double p = 4.5;
        assertEquals(26.8, 24 + hard.gain(TaskClass.REASONING, p, 1e4), 1e-12);
        assertEquals(24 + 3.15 * (1 - Math.exp(-4 / 4.5)), 24 + f.gain(TaskClass.REASONING, p, 1e4), 1e-12);
    }
}
