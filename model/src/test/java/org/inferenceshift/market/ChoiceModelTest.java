package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class ChoiceModelTest {
    private final ChoiceModel choice = new ChoiceModel(0.2, 0.6, 2, 0.0, 0L);

    /** Two labs: lab 0 sells tiers at k=1 ($20) and k=10 ($200), lab 1 one tier ($20). */
    static MarketSnapshot market(double pricePremium) {
        MarketSnapshot m = new MarketSnapshot();
        m.resizeLabs(2, 1);
        m.resizeOptions(3);
        m.labFirstOption[0] = 0;
        m.labTierCount[0] = 2;
        m.labFirstOption[1] = 2;
        m.labTierCount[1] = 1;
        set(m, 0, 0, 20, 26.0, 26.0);
        set(m, 1, 0, pricePremium, 27.0, 26.2);
        set(m, 2, 1, 20, 25.8, 25.8);
        m.awareCount[0] = 2;
        m.awareLabs = new int[] {0, 1};
        m.awarenessCumulative = new double[] {0.6, 1.0};
        m.available[0] = true;
        m.available[1] = true;
        m.outsideEReasoning = 25.0;
        m.outsideEIntuitive = 25.0;
        // one outside option at E 25, as before the split (issue 18 item 3)
        m.noAiE = 25.0;
        return m;
    }

    private static void set(MarketSnapshot m, int o, int lab, double price, double eR, double eI) {
        m.optionLab[o] = lab;
        m.priceUsd[o] = price;
        m.multiplier[o] = 1;
        m.servedShare[o] = 1;
        m.eReasoning[o] = eR;
        m.eIntuitive[o] = eI;
    }

    @Test
    void probabilitiesOverOptionsAndTheOutsideOptionSumToOne() {
        MarketSnapshot m = market(200);
        MersenneTwisterFast rng = new MersenneTwisterFast(1);
        int[] all = {0, 1, 2};
        double[] p = new double[4];
        for (int trial = 0; trial < 1000; trial++) {
            double s = rng.nextDouble();
            double d = 24 + 4 * rng.nextDouble();
            double v = Math.exp(8 * rng.nextDouble());
            choice.probabilities(m, all, 3, trial, s, d, v, p);
            double sum = 0;
            for (double x : p) {
                assertTrue(x >= 0 && x <= 1);
                sum += x;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void switchingCostLowersEveryOptionButTheHeldLabsByItsAmount() {
        // the hand computation of logitProbabilitiesMatchAHandComputation for a user holding lab 0's tier, with
        // switching cost c = 0.1: lab 1's best tier and the outside option each lose 0.1 of utility
        MarketSnapshot m = market(200);
        ChoiceModel habit = new ChoiceModel(0.2, 0.6, 2, 0.0, 0L, 0.1);
        double[] u = {0.3, 0.2174297935 - 0.1, 0.1588691049 - 0.1};
        double z = 0;
        for (double x : u) {
            z += Math.exp(x / 0.2);
        }
        double[] p = new double[4];
        habit.probabilities(m, new int[] {0, 1, 2}, 3, 0, 0, 1.0, 26.0, 100.0, p);
        assertEquals(Math.exp(u[0] / 0.2) / z, p[0], 1e-9, "the held lab's best tier");
        assertEquals(0.0, p[1], 0.0);
        assertEquals(Math.exp(u[1] / 0.2) / z, p[2], 1e-9, "the rival pays the switching cost");
        assertEquals(Math.exp(u[2] / 0.2) / z, p[3], 1e-9, "so does leaving for the outside option");
        // a user who holds no lab (on the outside option) pays nothing: the probabilities are today's, bit for bit
        double[] free = new double[4];
        double[] none = new double[4];
        choice.probabilities(m, new int[] {0, 1, 2}, 3, 0, 1.0, 26.0, 100.0, free);
        habit.probabilities(m, new int[] {0, 1, 2}, 3, 0, ChoiceModel.OUTSIDE, 1.0, 26.0, 100.0, none);
        org.junit.jupiter.api.Assertions.assertArrayEquals(free, none, 0.0);
        // holding lab 1 instead: lab 0 and the outside option pay, so lab 1's probability rises
        double[] other = new double[4];
        habit.probabilities(m, new int[] {0, 1, 2}, 3, 0, 1, 1.0, 26.0, 100.0, other);
        assertTrue(other[2] > free[2] && other[0] < free[0] && other[3] < free[3]);
    }

    @Test
    void logitProbabilitiesMatchAHandComputation() {
        MarketSnapshot m = market(200);
        // user: s = 1 (all reasoning), d = 26, V = 100; utilities u = p(E) - price / V with w = 0.6
        // option 0 (lab 0): p(26.0) = 0.5,                        u = 0.5 - 0.2 = 0.3
        // option 1 (lab 0): p(27.0) = 1/(1+e^-(1/0.6)) = 0.8411308951, u = 0.8411308951 - 2 = -1.1588691049
        // option 2 (lab 1): p(25.8) = 1/(1+e^(1/3))  = 0.4174297935, u = 0.4174297935 - 0.2 = 0.2174297935
        // outside:          p(25.0) = 1/(1+e^(1/0.6)) = 0.1588691049, u = 0.1588691049
        // within lab 0 the user takes option 0 (0.3 > -1.16); the logit runs over options 0, 2 and outside
        double[] u = {0.3, 0.2174297935, 0.1588691049};
        double z = 0;
        for (double x : u) {
            z += Math.exp(x / 0.2);
        }
        double[] p = new double[4];
        choice.probabilities(m, new int[] {0, 1, 2}, 3, 0, 1.0, 26.0, 100.0, p);
        assertEquals(Math.exp(u[0] / 0.2) / z, p[0], 1e-9, "lab 0's best tier");
        assertEquals(0.0, p[1], 0.0, "a lab's other tiers get nothing");
        assertEquals(Math.exp(u[1] / 0.2) / z, p[2], 1e-9, "lab 1");
        assertEquals(Math.exp(u[2] / 0.2) / z, p[3], 1e-9, "outside option");
    }

    @Test
    void aDominatedTierGetsNoDemand() {
        // same capability as the cheap tier, ten times the price: nobody, however rich, takes it
        MarketSnapshot m = market(200);
        m.eReasoning[1] = m.eReasoning[0];
        m.eIntuitive[1] = m.eIntuitive[0];
        double[] p = new double[4];
        for (double v = 10; v < 1e7; v *= 10) {
            choice.probabilities(m, new int[] {0, 1, 2}, 3, 5, 0.5, 26.0, v, p);
            assertEquals(0.0, p[1], 0.0, "V = " + v);
        }
    }

    @Test
    void aHigherPriceNeverRaisesATiersDemand() {
        MersenneTwisterFast users = new MersenneTwisterFast(42);
        int n = 20_000;
        double[] s = new double[n];
        double[] d = new double[n];
        double[] v = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = users.nextDouble();
            d[i] = 24 + 4 * users.nextDouble();
            v[i] = Math.exp(3 + 4 * users.nextDouble());
            u[i] = users.nextDouble();
        }
        int[] all = {0, 1, 2};
        double[] scratch = new double[4];
        int previousCount = Integer.MAX_VALUE;
        double previousExpected = Double.MAX_VALUE;
        for (double price = 20; price <= 2000; price *= 1.5) {
            MarketSnapshot m = market(price);
            int count = 0;
            double expected = 0;
            for (int i = 0; i < n; i++) {
                // same users, same uniform draws: only the price differs between sweeps
                if (choice.choose(m, all, 3, i, s[i], d[i], v[i], scratch, u[i]) == 1) {
                    count++;
                }
                choice.probabilities(m, all, 3, i, s[i], d[i], v[i], scratch);
                expected += scratch[1];
            }
            assertTrue(count <= previousCount, "demand rose with price at " + price);
            assertTrue(expected <= previousExpected, "expected demand rose with price at " + price);
            if (previousExpected > 0 && previousExpected < Double.MAX_VALUE) {
                assertTrue(expected < previousExpected, "while anyone buys the tier, its expected demand falls strictly");
            }
            previousCount = count;
            previousExpected = expected;
        }
    }

    @Test
    void theConsiderationSetKeepsTheCurrentLabAndNeverRepeatsALab() {
        MarketSnapshot m = market(200);
        MersenneTwisterFast rng = new MersenneTwisterFast(3);
        int[] labs = new int[3];
        int[] candidates = new int[4];
        for (int trial = 0; trial < 200; trial++) {
            int n = choice.considerationSet(m, 0, 1, rng, labs, candidates);
            assertEquals(2, candidates[0], "current lab's tiers come first");
            long distinct = java.util.Arrays.stream(candidates, 0, n).distinct().count();
            assertEquals(n, distinct);
        }
    }
}
