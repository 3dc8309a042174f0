package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.scenario.CapabilityParams;
import org.inferenceshift.scenario.GainShape;
import org.junit.jupiter.api.Test;

/**
 * The adaptive inference rule (MODEL.md §7.6) against values computed by hand from its closed form under
 * the saturating gain {@code gain(k) = beta P (1 - exp(-log10 k / P))} with beta = 0.7 (reasoning), 0.1
 * (intuitive), P = 3, base E 25, success width w = 0.6, target p* = 0.9, so
 * {@code L = w ln(p* / (1 - p*)) = 0.6 ln 9 = 1.318334}; the last tests use the hard plateau
 * {@code gain(k) = beta min(log10 k, P)}, where the needed k is {@code 10^(g / beta)} and inference pays
 * (slope beta) exactly up to the plateau.
 */
class AdaptiveTablesTest {
    private static final CapabilityFunction CAPABILITY = new CapabilityFunction(
            new CapabilityParams(1e30, 1.0, 0.7, 0.1, 0.5, 4.5, GainShape.SATURATING, 0.1, 28.5, 27.5));
    private static final double W = 0.6;
    private static final double L = W * Math.log(9);
    private static final double BASE = 25;
    private static final double P = 3;

    private static AdaptiveTables tables(double throttle, double maxOom) {
        AdaptiveTables t = new AdaptiveTables();
        t.resize(1);
        t.build(0, TaskClass.REASONING, CAPABILITY, BASE, P, throttle, maxOom, L);
        t.build(0, TaskClass.INTUITIVE, CAPABILITY, BASE, P,
                throttle, AdaptiveTables.payoffLimitOom(CAPABILITY, TaskClass.INTUITIVE, P, P, 0.4), L);
        return t;
    }

    private static double success(double e, double d) {
        return 1 / (1 + Math.exp(-(e - d) / W));
    }

    @Test
    void inferenceStopsPayingWhereTheGainsSlopeFallsBelowTheThreshold() {
        // slope beta exp(-x / P) = m at x = P ln(beta / m): 3 ln(0.7 / 0.4) = 1.678831
        assertEquals(3 * Math.log(0.7 / 0.4), AdaptiveTables.payoffLimitOom(CAPABILITY, TaskClass.REASONING, P, P, 0.4),
                2e-3);
        // intuitive queries: slope 0.1 at k = 1 is already below 0.4, so they stay at k = 1
        assertEquals(0, AdaptiveTables.payoffLimitOom(CAPABILITY, TaskClass.INTUITIVE, P, P, 0.4));
        // a threshold below the slope at the plateau: the search stops at the limit it was given
        assertEquals(P, AdaptiveTables.payoffLimitOom(CAPABILITY, TaskClass.REASONING, P, P, 0.1));
    }

    @Test
    void anEasyQueryUsesOneAHardOneTheCapAndOneInBetweenJustEnoughForTheTarget() {
        double maxOom = 3 * Math.log(0.7 / 0.4);
        AdaptiveTables t = tables(1.0, maxOom);
        int r = AdaptiveTables.index(0, TaskClass.REASONING);
        // d = 23: success at k = 1 is 1/(1+exp(-2/0.6)) = 0.9656 >= 0.9, so k = 1 and E = 25
        assertEquals(1.0, t.k(r, 23), 0);
        assertEquals(25.0, t.e(r, 23), 0);
        // d = 24.5: gain needed 24.5 + L - 25 = 0.818334; k = 10^(-3 ln(1 - 0.818334/2.1)) = 10^1.481435 = 30.29
        double expectedK = Math.pow(10, -3 * Math.log(1 - (24.5 + L - 25) / 2.1));
        assertEquals(30.29, expectedK, 0.01);
        assertEquals(expectedK, t.k(r, 24.5), 1e-3 * expectedK);
        assertEquals(0.9, success(t.e(r, 24.5), 24.5), 1e-9);
        // d = 26: the target needs a gain of 2.318 > gain at k_max, 2.1 (1 - exp(-1.6788 / 3)) = 0.9, so k = k_max = 47.7
        double kMax = Math.pow(10, maxOom);
        assertEquals(47.7, kMax, 0.05);
        assertEquals(kMax, t.k(r, 26), 1e-12 * kMax);
        double eMax = 25 + 2.1 * (1 - Math.exp(-maxOom / 3));
        assertEquals(25.9, eMax, 1e-3);
        assertEquals(eMax, t.e(r, 26), 1e-12);
        // intuitive queries of every difficulty: k = 1, E = 25
        int i = AdaptiveTables.index(0, TaskClass.INTUITIVE);
        assertEquals(1.0, t.k(i, 24.5), 0);
        assertEquals(25.0, t.e(i, 26), 0);
    }

    @Test
    void underThrottlingTheRuleAsksForMoreKSoThatTheServedCapabilityStillReachesTheTarget() {
        AdaptiveTables t = tables(0.5, P);
        int r = AdaptiveTables.index(0, TaskClass.REASONING);
        // served k as before (30.29), requested twice that (60.58, within the cap 10^3)
        double served = Math.pow(10, -3 * Math.log(1 - (24.5 + L - 25) / 2.1));
        assertEquals(2 * served, t.k(r, 24.5), 2e-3 * served);
        assertEquals(0.9, success(t.e(r, 24.5), 24.5), 1e-4);
        // a query that needs a served k beyond the cap times the throttle gets the cap: 10^3, served at 500
        assertEquals(1000, t.k(r, 27), 1e-9);
        assertEquals(25 + 2.1 * (1 - Math.exp(-Math.log10(500) / 3)), t.e(r, 27), 1e-12);
    }

    @Test
    void noQueryEverAsksForMoreThanTheCapOrThePlateau() {
        for (double maxOom : new double[] {0, 0.5, 1.7, 2.0, P}) {
            AdaptiveTables t = tables(1.0, maxOom);
            int r = AdaptiveTables.index(0, TaskClass.REASONING);
            double previous = 1;
            for (double d = 20; d <= 32; d += 0.01) {
                double k = t.k(r, d);
                assertTrue(k >= 1 && k <= Math.pow(10, maxOom), "k " + k + " at d " + d + ", cap 10^" + maxOom);
                assertTrue(k <= Math.pow(10, P));
                assertTrue(k >= previous, "a harder query never uses less k");
                assertEquals(Math.log10(k), t.log10k(r, d), 1e-9);
                previous = k;
            }
        }
    }

    private static final CapabilityFunction HARD = new CapabilityFunction(
            new CapabilityParams(1e30, 1.0, 0.7, 0.1, 0.5, 4.5, GainShape.HARD, 0.1, 28.5, 27.5));

    @Test
    void underAHardPlateauInferencePaysUpToThePlateauAndTheNeededKIsTenToGainOverBeta() {
        // slope 0.7 up to P = 3, then 0: the payoff limit with m = 0.25 is the plateau
        assertEquals(P, AdaptiveTables.payoffLimitOom(HARD, TaskClass.REASONING, P, P, 0.25), 2e-3);
        assertEquals(0, AdaptiveTables.payoffLimitOom(HARD, TaskClass.INTUITIVE, P, P, 0.25));
        AdaptiveTables t = new AdaptiveTables();
        t.resize(1);
        t.build(0, TaskClass.REASONING, HARD, BASE, P, 1.0, P, L);
        int r = AdaptiveTables.index(0, TaskClass.REASONING);
        // d = 24.5: gain needed 0.818334, k = 10^(0.818334 / 0.7) = 10^1.169049 = 14.76 (log10 k linear in d: exact)
        assertEquals(14.76, Math.pow(10, (24.5 + L - 25) / 0.7), 0.01);
        assertEquals(Math.pow(10, (24.5 + L - 25) / 0.7), t.k(r, 24.5), 1e-9);
        // d = 27: gain needed 3.318 > 0.7 * 3 = 2.1: k = 10^3 = the plateau, never more, E = 27.1
        assertEquals(1000, t.k(r, 27), 1e-9);
        assertEquals(27.1, t.e(r, 27), 1e-12);
        assertEquals(1000, t.k(r, 40), 1e-9);
    }
}
