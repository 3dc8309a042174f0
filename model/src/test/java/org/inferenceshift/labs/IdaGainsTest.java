package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.scenario.IdaParams;
import org.inferenceshift.scenario.IdaStoppingKind;
import org.junit.jupiter.api.Test;

/** Iterated amplification and distillation: an iteration's cost, duration, gain draws and stopping. */
class IdaGainsTest {
    private static final ModelShape MODEL = new ModelShape(1.0e12, 2.0e13);

    private static IdaParams ida(double failure, double noise, int months, IdaStoppingKind stopping) {
        return new IdaParams(true, 0.1, 2.0, failure, noise, months, 5.0e6, 1.0e4, stopping, 0.01, 4, 0.5);
    }

    @Test
    void anIterationCostsAmplificationAtKPlusDistillation() {
        // S T = 5e6 x 1e4 = 5e10 tokens; N = 1e12; k = 100:
        // amplification 5e10 x 100 x 2 x 1e12 = 1e25, distillation 6 x 1e12 x 5e10 = 3e23; total 1.03e25
        assertEquals(1.03e25, IdaGains.iterationFlop(1.0e12, 100, ida(0, 0, 3, IdaStoppingKind.NEVER)), 1e12);
        // at k = 1: 5e10 x 2e12 + 3e23 = 1e23 + 3e23 = 4e23
        assertEquals(4.0e23, IdaGains.iterationFlop(1.0e12, 1, ida(0, 0, 3, IdaStoppingKind.NEVER)), 1e10);
    }

    @Test
    void anIterationStartsWhenTheSpendCoversItAndEndsMonthsPerIterationLater() {
        IdaParams p = ida(0, 0, 3, IdaStoppingKind.NEVER);
        IdaGains g = new IdaGains();
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        // 4e24 a month against a 1.03e25 iteration at k = 100: covered in month 2 (1.2e25), 1.7e24 left over
        g.month(4.0e24, MODEL, 100, p, new NeverStopIda(), random);
        g.month(4.0e24, MODEL, 100, p, new NeverStopIda(), random);
        assertFalse(g.isIterating(), "8e24 does not cover 1.03e25");
        g.month(4.0e24, MODEL, 100, p, new NeverStopIda(), random);
        assertTrue(g.isIterating(), "1.2e25 covers it");
        assertEquals(1.7e24, g.getPoolFlop(), 1e12);
        assertEquals(1.03e25, g.getIterationFlopTotal(), 1e12);
        // started in month index 2: still running in months 3 and 4, ends in month 5 (3 months later)
        g.month(0, MODEL, 100, p, new NeverStopIda(), random);
        g.month(0, MODEL, 100, p, new NeverStopIda(), random);
        assertEquals(0, g.getIterations());
        assertEquals(0, g.getInternalE(), 0);
        g.month(0, MODEL, 100, p, new NeverStopIda(), random);
        assertEquals(1, g.getIterations());
        // no failure, no noise: the first gain is gainPerIterationE x (1 - 0/2) = 0.1
        assertEquals(0.1, g.getInternalE(), 1e-15);
        assertFalse(g.isIterating(), "the 1.7e24 left does not pay for the next");
    }

    @Test
    void gainsShrinkTowardTheCeiling() {
        IdaParams p = ida(0, 0, 1, IdaStoppingKind.NEVER);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        // from 1.0 of a ceiling of 2: 0.1 x (1 - 1/2) = 0.05
        assertEquals(0.05, IdaGains.drawGain(1.0, p, random), 1e-15);
        assertEquals(0, IdaGains.drawGain(2.0, p, random), 0);
        // n noiseless iterations close 1 - 0.95^n of the gap: 10 of them reach 2 (1 - 0.95^10) = 0.80252
        IdaGains g = new IdaGains();
        for (int m = 0; m <= 10; m++) {
            g.month(1.0e30, MODEL, 100, p, new NeverStopIda(), random);
        }
        assertEquals(10, g.getIterations());
        assertEquals(2 * (1 - Math.pow(0.95, 10)), g.getInternalE(), 1e-12);
    }

    @Test
    void failuresAndNoiseAreDrawnFromTheGeneratorDeterministically() {
        IdaParams p = ida(0.3, 0.5, 1, IdaStoppingKind.NEVER);
        double[] first = gains(p, 42);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(gains(p, 42)), "same seed, same draws");
        int failures = 0;
        for (double gain : first) {
            failures += gain == 0 ? 1 : 0;
            assertTrue(gain == 0 || (gain >= 0.05 * 0.5 - 1e-12 && gain <= 0.1 * 1.5 + 1e-12), "gain " + gain);
        }
        // 200 draws at 0.3: the failure count lies within 4 standard deviations (sd = sqrt(200 x 0.21) = 6.5) of 60
        assertTrue(Math.abs(failures - 60) < 26, "failures " + failures);
        // a draw is exactly: u1 < 0.3 fails, else 0.1 x (1 + 0.5 (2 u2 - 1)) from nothing achieved
        MersenneTwisterFast r = new MersenneTwisterFast(42);
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        double expected = u1 < 0.3 ? 0 : 0.1 * (1 + 0.5 * (2 * u2 - 1));
        assertEquals(expected, IdaGains.drawGain(0, p, new MersenneTwisterFast(42)), 0);
    }

    private static double[] gains(IdaParams p, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[] out = new double[200];
        for (int i = 0; i < out.length; i++) {
            out[i] = IdaGains.drawGain(0, p, random);
        }
        return out;
    }

    @Test
    void afterLowGainsStopsAfterThatManyLowIterationsInARow() {
        StopAfterLowGains stop = new StopAfterLowGains(new StopAfterLowGains.Params(0.01, 3));
        assertFalse(stop.stopAfter(0));
        assertFalse(stop.stopAfter(0.005));
        assertFalse(stop.stopAfter(0.05), "a paying iteration resets the count");
        assertFalse(stop.stopAfter(0));
        assertFalse(stop.stopAfter(0));
        assertTrue(stop.stopAfter(0.009), "third in a row below 0.01");
        assertFalse(new NeverStopIda().stopAfter(0));
    }

    @Test
    void aStoppedLabRunsNoMoreIterations() {
        // every iteration fails: AFTER_LOW_GAINS with 4 in a row stops after the 4th, whatever compute follows
        IdaParams p = new IdaParams(true, 0.1, 2.0, 1.0, 0, 1, 5.0e6, 1.0e4, IdaStoppingKind.AFTER_LOW_GAINS,
                0.01, 4, 0.5);
        IdaGains g = new IdaGains();
        StopAfterLowGains stop = new StopAfterLowGains(StopAfterLowGains.Params.of(p));
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        for (int m = 0; m < 12; m++) {
            g.month(1.0e30, MODEL, 100, p, stop, random);
        }
        assertEquals(4, g.getIterations());
        assertEquals(4, g.getFailures());
        assertTrue(g.isStopped());
        assertEquals(0, g.getInternalE(), 0);
    }

    @Test
    void theScenarioPicksTheStoppingRule() {
        String lab = "\"labs\": [ { \"id\": \"a\" } ]";
        assertTrue(LabDecisions.forLab(TestScenarios.parse("{ " + lab + " }").labs().get(0),
                TestScenarios.parse("{ " + lab + " }")).idaStopping() instanceof StopAfterLowGains, "the default");
        var never = TestScenarios.parse("{ \"ida\": { \"stopping\": \"NEVER\" }, " + lab + " }");
        assertTrue(LabDecisions.forLab(never.labs().get(0), never).idaStopping() instanceof NeverStopIda);
    }
}
