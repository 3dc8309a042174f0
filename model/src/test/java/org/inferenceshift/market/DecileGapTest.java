package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.users.Population;
import org.inferenceshift.users.PopulationFactory;
import org.junit.jupiter.api.Test;

/**
 * A constructed market: one lab with a cheap tier (E = 27) and a dear one (E = 29), the outside option at
 * E = 15, the same E on reasoning and intuitive tasks so each person's E does not depend on their task mix.
 * Nobody reviews (reviewRate 0), so everyone stays where the test put them.
 */
class DecileGapTest {
    private static final double CHEAP_E = 27;
    private static final double DEAR_E = 29;
    private static final double OUTSIDE_E = 15;

    @Test
    void richestOnTheDearTierPoorestOutsideGiveTheFullGap() {
        Population pop = population(5_000);
        for (int i = 0; i < pop.size(); i++) {
            int decile = pop.incomeDecile(i);
            if (decile == 9) {
                pop.choose(i, 0, 1);
            } else if (decile == 0) {
                pop.choose(i, Population.OUTSIDE, 0);
            } else {
                pop.choose(i, 0, 0);
            }
        }
        MarketTally tally = pass(pop, 1);
        assertEquals(DEAR_E - OUTSIDE_E, tally.decileGapE(), 1e-9);
        assertEquals(pop.size() * 0.9, tally.paidCount(), 1e-9, "everyone but the poorest decile pays");
    }

    @Test
    void gapIsTheDifferenceOfDecileMeans() {
        Population pop = population(5_000);
        int poorOutside = 0;
        int poor = 0;
        for (int i = 0; i < pop.size(); i++) {
            int decile = pop.incomeDecile(i);
            if (decile == 0) {
                boolean outside = i % 3 == 0;
                pop.choose(i, outside ? Population.OUTSIDE : 0, 0);
                poorOutside += outside ? 1 : 0;
                poor++;
            } else {
                pop.choose(i, 0, decile == 9 ? 1 : 0);
            }
        }
        double poorMean = (poorOutside * OUTSIDE_E + (poor - poorOutside) * CHEAP_E) / poor;
        assertEquals(DEAR_E - poorMean, pass(pop, 1).decileGapE(), 1e-9);
    }

    @Test
    void tallyDoesNotDependOnThreadCount() {
        Population one = population(40_000);
        Population two = population(40_000);
        for (int i = 0; i < one.size(); i++) {
            int lab = i % 5 == 0 ? Population.OUTSIDE : 0;
            one.choose(i, lab, i % 2);
            two.choose(i, lab, i % 2);
        }
        MarketTally serial = pass(one, 1);
        double serialGap = serial.decileGapE();
        long[] serialHistogram = serial.successHistogram();
        double serialSd = serial.paidSdE();
        MarketTally parallel = pass(two, 2);
        assertEquals(serialGap, parallel.decileGapE(), 0.0);
        assertEquals(serialSd, parallel.paidSdE(), 0.0);
        assertArrayEquals(serialHistogram, parallel.successHistogram());
    }

    private static Population population(int agents) {
        Scenario s = TestScenarios.baseline(agents, 12);
        return PopulationFactory.create(s.population(), List.of(), new MersenneTwisterFast(7));
    }

    private static MarketTally pass(Population pop, int threads) {
        UserPass pass = new UserPass(pop.size(), new ChoiceModel(0.2, 0.6, 2, 0.0, 0L), 0.0, new MersenneTwisterFast(11));
        pass.setThreads(threads);
        try {
            return pass.run(pop, twoTierMarket());
        } finally {
            pass.shutdown();
        }
    }

    private static MarketSnapshot twoTierMarket() {
        MarketSnapshot m = new MarketSnapshot();
        m.resizeLabs(1, 1);
        m.labFirstOption[0] = 0;
        m.labTierCount[0] = 2;
        m.resizeOptions(2);
        m.optionLab[0] = 0;
        m.optionLab[1] = 0;
        m.priceUsd[0] = 20;
        m.priceUsd[1] = 200;
        m.multiplier[0] = 1;
        m.multiplier[1] = 100;
        m.servedShare[0] = 1;
        m.servedShare[1] = 1;
        m.eReasoning[0] = CHEAP_E;
        m.eIntuitive[0] = CHEAP_E;
        m.eReasoning[1] = DEAR_E;
        m.eIntuitive[1] = DEAR_E;
        m.awareLabs = new int[] {0};
        m.awarenessCumulative = new double[] {1};
        m.awareCount[0] = 1;
        m.available[0] = true;
        m.outsideEReasoning = OUTSIDE_E;
        m.outsideEIntuitive = OUTSIDE_E;
        m.noAiE = OUTSIDE_E; // one outside option, as before the split
        return m;
    }
}
