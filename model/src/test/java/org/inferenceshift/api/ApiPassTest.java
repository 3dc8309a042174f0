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
 * (bought plus not bought is every buyer's volume), a dearer lab loses share, the same tallies whatever
 * the thread count, and a buyer that keeps part of last month's split (issue 18's API inertia): the kept part
 * stays where it was, the rest and whatever a lab that stopped selling held is split by the logit, computed
 * by hand.
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
        ApiTally t = new ApiPass(1, 0.05, WIDTH).run(one, m, 0);
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
        ApiTally t = new ApiPass(buyers.size(), 0.05, WIDTH).run(buyers, m, 0);
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
            ApiTally t = new ApiPass(buyers.size(), 0.05, WIDTH).run(buyers, threeLabs(markup), 0);
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
        ApiTally a = serial.run(buyers, m, 0);
        ApiTally b = parallel.run(buyers, m, 0);
        parallel.shutdown();
        assertArrayEquals(a.queries, b.queries, 0.0);
        assertArrayEquals(a.kQueries, b.kQueries, 0.0);
        assertArrayEquals(a.spendUsd, b.spendUsd, 0.0);
        assertEquals(a.notBought, b.notBought, 0.0);
    }

    /** The logit weight exp(u / 0.05) of a flat offer for the buyer of {@link #oneBuyer}. */
    private static double flatWeight(double markup, double costPerToken, double baseE) {
        double u = 1 / (1 + Math.exp(-(baseE - 26) / WIDTH)) - (1 + markup) * costPerToken * TOKENS / 0.5;
        return Math.exp(u / 0.05);
    }

    private static ApiBuyers oneBuyer() {
        ApiBuyers one = new ApiBuyers(1);
        one.queriesPerMonth[0] = 1000;
        one.valueUsdPerQuery[0] = 0.5;
        one.reasoningShare[0] = 0.3;
        one.difficultyE[0] = 26;
        return one;
    }

    private static ApiPriceList twoFlatOffers(double markupOfLabOne) {
        ApiPriceList m = new ApiPriceList();
        m.resize(2, 2);
        flatOffer(m, 0, 0, 1.0, 2e-6, 26.5);
        flatOffer(m, 1, 1, markupOfLabOne, 1e-6, 25.5);
        return m;
    }

    @Test
    void aBuyerKeepsItsHeldSplitUpToKeepAndSplitsTheRestByTheLogit() {
        ApiBuyers one = oneBuyer();
        ApiPass pass = new ApiPass(1, 0.05, WIDTH);
        pass.run(one, twoFlatOffers(0.5), 0);
        double w0 = flatWeight(1.0, 2e-6, 26.5);
        double w1 = flatWeight(0.5, 1e-6, 25.5);
        double h0 = w0 / (1 + w0 + w1);
        double h1 = w1 / (1 + w0 + w1);
        double hNone = 1 / (1 + w0 + w1);
        assertEquals(h0, one.heldShare(0, 0), 1e-12);
        assertEquals(h1, one.heldShare(0, 1), 1e-12);
        assertEquals(hNone, one.heldNotBuying(0), 1e-12);

        // lab 1 doubles its markup; the buyer keeps 0.6 of what it held and re-splits f = 1 - 0.6 = 0.4
        ApiTally t = pass.run(one, twoFlatOffers(3.0), 0.6);
        double v1 = flatWeight(3.0, 1e-6, 25.5);
        double sum = 1 + w0 + v1;
        assertEquals(1000 * (0.6 * h0 + 0.4 * w0 / sum), t.queries[0], 1e-9);
        assertEquals(1000 * (0.6 * h1 + 0.4 * v1 / sum), t.queries[1], 1e-9);
        assertEquals(1000 * (0.6 * hNone + 0.4 / sum), t.notBought, 1e-9);
        assertEquals(1000 * (0.6 * h1 + 0.4 * v1 / sum) * 4.0 * 1e-6 * TOKENS, t.spendUsd[1], 1e-12,
                "kept queries pay this month's price");
        assertTrue(t.queries[1] > 1000 * v1 / sum, "inertia: the dearer lab keeps more than a fresh split gives it");
    }

    @Test
    void whatALabThatStoppedSellingHeldIsSplitAgainByTheLogit() {
        ApiBuyers one = oneBuyer();
        ApiPass pass = new ApiPass(1, 0.05, WIDTH);
        pass.run(one, twoFlatOffers(0.5), 0);
        double h1 = one.heldShare(0, 1);
        double hNone = one.heldNotBuying(0);
        // only lab 1 sells now, as offer 0
        ApiPriceList onlyLabOne = new ApiPriceList();
        onlyLabOne.resize(1, 1);
        flatOffer(onlyLabOne, 0, 1, 0.5, 1e-6, 25.5);
        ApiTally t = pass.run(one, onlyLabOne, 0.6);
        double w1 = flatWeight(0.5, 1e-6, 25.5);
        double free = 1 - 0.6 * (h1 + hNone);
        assertEquals(1000 * (0.6 * h1 + free * w1 / (1 + w1)), t.queries[0], 1e-9);
        assertEquals(1000 * (0.6 * hNone + free / (1 + w1)), t.notBought, 1e-9);
        assertEquals(0, one.heldShare(0, 0), 0.0, "nothing is held with a lab that does not sell");
    }

    @Test
    void heldSplitsStayWholeAndVolumeIsConservedMonthAfterMonth() {
        ApiBuyers buyers = ApiBuyers.draw(SCENARIO.api(), new MersenneTwisterFast(7));
        ApiPass pass = new ApiPass(buyers.size(), 0.05, WIDTH);
        double volume = SCENARIO.api().queriesPerMonth();
        double[] markups = {1.0, 3.0, 0.5, 2.0, 1.0};
        for (int month = 0; month < markups.length; month++) {
            ApiPriceList m = threeLabs(markups[month]);
            ApiTally t = pass.run(buyers, m, month == 0 ? 0 : 0.7);
            assertEquals(volume, t.queries[0] + t.queries[1] + t.queries[2] + t.notBought, 1e-9 * volume);
            for (int b = 0; b < buyers.size(); b++) {
                double whole = buyers.heldNotBuying(b) + buyers.heldShare(b, 0) + buyers.heldShare(b, 1)
                        + buyers.heldShare(b, 2);
                assertEquals(1, whole, 1e-12, "buyer " + b + " in month " + month);
            }
        }
    }

    @Test
    void theKeptShareIsLastMonthsVolumeNotUnderReviewOverThisMonths() {
        Scenario s = TestScenarios.small(10, 12, "\"api\": { \"reviewRate\": 0.25 }");
        ApiMarket market = new ApiMarket(s.api(), WIDTH, new MersenneTwisterFast(1));
        assertEquals(0, market.keptShare(Double.NaN, 1), 0.0, "the first month holds nothing");
        assertEquals(0.75, market.keptShare(1, 1), 1e-15, "saturated volume: 1 - reviewRate");
        assertEquals(0.75 / 1.5, market.keptShare(2, 3), 1e-15, "growth is new business, placed afresh");
        Scenario everyMonth = TestScenarios.small(10, 12, "\"api\": { \"reviewRate\": 1 }");
        assertEquals(0, new ApiMarket(everyMonth.api(), WIDTH, new MersenneTwisterFast(1)).keptShare(1, 1), 0.0);
    }

    @Test
    void reusingLastMonthsEvaluationsGivesExactlyWhatAFreshPassGives() {
        ApiBuyers kept = ApiBuyers.draw(SCENARIO.api(), new MersenneTwisterFast(13));
        ApiBuyers fresh = ApiBuyers.draw(SCENARIO.api(), new MersenneTwisterFast(13));
        ApiPass pass = new ApiPass(kept.size(), 0.05, WIDTH);
        // months 1 and 2 change only prices (rows reused), month 3 lab 1's model and month 4 lab 2's throttle
        // (those rows evaluated afresh), month 5 lab 0 stops selling and month 6 it sells its old offer again
        double[][] baseE = {{26, 26, 26}, {26, 26, 26}, {26, 26, 26}, {26, 27, 26}, {26, 27, 26}, {26, 27, 26}, {26, 27, 26}};
        double[] throttle2 = {1, 1, 1, 1, 0.6, 0.6, 0.6};
        double[] markup0 = {1.0, 2.0, 0.5, 0.5, 0.5, 0.5, 1.5};
        for (int month = 0; month < baseE.length; month++) {
            boolean labZeroSells = month != 5;
            ApiPriceList m = new ApiPriceList();
            m.resize(labZeroSells ? 3 : 2, 3 * ApiPriceList.levelCount(2));
            int j = 0;
            for (int lab = labZeroSells ? 0 : 1; lab < 3; lab++) {
                m.set(j++, lab, lab == 0 ? markup0[month] : 1.0, 2e-6 * Math.pow(0.97, month), 1e12, TOKENS, CAPABILITY,
                        baseE[month][lab], 3, lab == 2 ? throttle2[month] : 1, 2, 0, SHIFT);
            }
            double keep = month == 0 ? 0 : 0.6;
            ApiTally a = pass.run(kept, m, keep);
            ApiTally b = new ApiPass(fresh.size(), 0.05, WIDTH).run(fresh, m, keep);
            for (int offer = 0; offer < m.offers(); offer++) {
                assertEquals(b.queries[offer], a.queries[offer], 0.0, "queries, month " + month);
                assertEquals(b.kQueries[offer], a.kQueries[offer], 0.0, "k-weighted queries, month " + month);
                assertEquals(b.spendUsd[offer], a.spendUsd[offer], 0.0, "spend, month " + month);
            }
            assertEquals(b.notBought, a.notBought, 0.0, "not bought, month " + month);
            for (int buyer = 0; buyer < kept.size(); buyer++) {
                for (int lab = 0; lab < 3; lab++) {
                    assertEquals(fresh.heldShare(buyer, lab), kept.heldShare(buyer, lab), 0.0);
                }
            }
        }
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
