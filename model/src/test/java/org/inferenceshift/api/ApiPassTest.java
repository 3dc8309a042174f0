package org.inferenceshift.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The API buyers' pass on hand-built price lists: the logit computed by hand for one buyer, queries conserved
 * (bought plus not bought is every buyer's volume), a dearer lab loses share, and the same tallies whatever
 * the thread count.
 */
class ApiPassTest {
    private static final Scenario SCENARIO = TestScenarios.small(10, 12, "");
    private static final CapabilityFunction CAPABILITY = new CapabilityFunction(SCENARIO.capability());
    private static final double WIDTH = SCENARIO.population().successWidthE();
    private static final double TOKENS = 1000;
    /** L = w ln(p* / (1 - p*)) at the default target success. */
    private static final double SHIFT = WIDTH * Math.log(0.9 / 0.1);

    /** An offer at k = 1 only (no effort level above it): its E is its base E for both task classes. */
    private static void flatOffer(ApiPriceList m, int j, int lab, double markup, double costPerToken, double baseE) {
        m.set(j, lab, markup, costPerToken, 1e12, TOKENS, CAPABILITY, baseE, 0, 1, 0, 0, SHIFT);
    }

    /** An offer whose reasoning queries may use k up to 10^2 (three effort levels). */
    private static void reasoningOffer(ApiPriceList m, int j, int lab, double markup, double baseE) {
        m.set(j, lab, markup, 2e-6, 1e12, TOKENS, CAPABILITY, baseE, 3, 1, 2, 0, SHIFT);
    }

    @Test
    void oneBuyerSplitsItsQueriesByTheLogitOfSuccessLessPriceOverValue() {
        ApiBuyers one = new ApiBuyers(1);
        one.queriesPerMonth[0] = 1000;
        one.valueUsdPerQuery[0] = 0.5;
        one.reasoningShare[0] = 0.3;
        one.difficultyE[0] = 26;
        ApiPriceList m = new ApiPriceList();
        m.resize(2, 2);
        flatOffer(m, 0, 0, 1.0, 2e-6, 26.5);
        flatOffer(m, 1, 1, 0.5, 1e-6, 25.5);
        ApiTally t = new ApiPass(1, 0.05, WIDTH).run(one, m);
        // by hand: u = p(E - d) - (1 + markup) * cost * tokens / v, not buying worth 0
        double u0 = 1 / (1 + Math.exp(-(26.5 - 26) / WIDTH)) - 2.0 * 2e-6 * TOKENS / 0.5;
        double u1 = 1 / (1 + Math.exp(-(25.5 - 26) / WIDTH)) - 1.5 * 1e-6 * TOKENS / 0.5;
        double w0 = Math.exp(u0 / 0.05);
        double w1 = Math.exp(u1 / 0.05);
        double sum = 1 + w0 + w1;
        assertEquals(1000 * w0 / sum, t.queries[0], 1e-9);
        assertEquals(1000 * w1 / sum, t.queries[1], 1e-9);
        assertEquals(1000 / sum, t.notBought, 1e-9);
        assertEquals(t.queries[0], t.kQueries[0], 1e-12, "k = 1 on a flat offer");
        assertEquals(1000 * w0 / sum * 2.0 * 2e-6 * TOKENS, t.spendUsd[0], 1e-12);
    }

    @Test
    void boughtAndNotBoughtAddUpToEveryBuyersVolume() {
        ApiBuyers buyers = ApiBuyers.draw(SCENARIO.api(), new MersenneTwisterFast(3));
        ApiPriceList m = threeLabs(1.0);
        ApiTally t = new ApiPass(buyers.size(), 0.05, WIDTH).run(buyers, m);
        double bought = 0;
        for (int j = 0; j < m.offers(); j++) {
            bought += t.queries[j];
            assertTrue(t.kQueries[j] >= t.queries[j], "every query uses k >= 1");
        }
        double volume = 0;
        for (int b = 0; b < buyers.size(); b++) {
            volume += buyers.queriesPerMonth(b);
        }
        assertEquals(SCENARIO.api().queriesPerMonth(), volume, 1e-9 * volume, "buyers' volumes are the market's");
        assertEquals(volume, bought + t.notBought, 1e-9 * volume);
    }

    @Test
    void aLabThatRaisesItsMarkupLosesApiShareAndItsRivalsGain() {
        ApiBuyers buyers = ApiBuyers.draw(SCENARIO.api(), new MersenneTwisterFast(5));
        double previousOwn = Double.POSITIVE_INFINITY;
        double previousRival = 0;
        for (double markup : new double[] {0.5, 1.0, 2.0, 4.0, 8.0}) {
            ApiTally t = new ApiPass(buyers.size(), 0.05, WIDTH).run(buyers, threeLabs(markup));
            double all = t.queries[0] + t.queries[1] + t.queries[2];
            double own = t.queries[0] / all;
            double rival = t.queries[1] / all;
            assertTrue(own < previousOwn, "markup " + markup + ": share " + own + " after " + previousOwn);
            assertTrue(rival > previousRival, "markup " + markup + ": rival's share " + rival);
            previousOwn = own;
            previousRival = rival;
        }
    }

    @Test
    void theSameTalliesWhateverTheThreadCount() {
        Scenario many = TestScenarios.small(10, 12, "\"api\": { \"buyers\": " + (3 * ApiPass.CHUNK_SIZE + 17) + " }");
        ApiBuyers buyers = ApiBuyers.draw(many.api(), new MersenneTwisterFast(11));
        ApiPriceList m = threeLabs(1.3);
        ApiPass serial = new ApiPass(buyers.size(), 0.05, WIDTH);
        ApiPass parallel = new ApiPass(buyers.size(), 0.05, WIDTH);
        parallel.setThreads(2);
        ApiTally a = serial.run(buyers, m);
        ApiTally b = parallel.run(buyers, m);
        parallel.shutdown();
        assertArrayEquals(a.queries, b.queries, 0.0);
        assertArrayEquals(a.kQueries, b.kQueries, 0.0);
        assertArrayEquals(a.spendUsd, b.spendUsd, 0.0);
        assertEquals(a.notBought, b.notBought, 0.0);
    }

    /** Three labs with the same model; lab 0 at {@code markup}, the others at 1. */
    private static ApiPriceList threeLabs(double markup) {
        ApiPriceList m = new ApiPriceList();
        m.resize(3, 3 * ApiPriceList.levelCount(2));
        reasoningOffer(m, 0, 0, markup, 26);
        reasoningOffer(m, 1, 1, 1.0, 26);
        reasoningOffer(m, 2, 2, 1.0, 26);
        return m;
    }
}
