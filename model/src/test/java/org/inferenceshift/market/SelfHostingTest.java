package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.users.Population;
import org.inferenceshift.users.PopulationFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 3: the outside option split into no AI (for everyone) and self-hosting (for technical users,
 * paid at the hardware price). Every person is in exactly one of no AI, self-hosting or a lab's tier; the cost
 * is the hand-computed one; with no technical users nobody self-hosts, and more technical users self-host
 * weakly more; the pass does not depend on the thread count.
 */
class SelfHostingTest {
    /** FLOP of one self-hosted query and the month's FLOP per dollar: 2e12 / 1e17 = 2e-5 USD a query. */
    private static final double FLOP_PER_QUERY = 2e12;
    private static final double FLOP_PER_DOLLAR = 1e17;

    /** ChoiceModelTest's market with the split outside option: no AI at E 20, self-hosting lab 1's weights at 26.5. */
    static MarketSnapshot splitMarket() {
        MarketSnapshot m = ChoiceModelTest.market(200);
        m.splitOutside = true;
        m.noAiE = 20.0;
        m.outsideEReasoning = 26.5;
        m.outsideEIntuitive = 26.5;
        m.outsideModelLab = 1;
        m.outsideFlopPerQuery = FLOP_PER_QUERY;
        SnapshotBuilder.priceSelfHosting(m, FLOP_PER_DOLLAR);
        return m;
    }

    @Test
    void selfHostingCostsItsQueriesAtTheHardwarePrice() {
        MarketSnapshot m = splitMarket();
        assertEquals(2e-5, m.selfHostUsdPerQuery(), 1e-20);
        // 1000 queries x 2e12 FLOP / 1e17 FLOP per USD = 0.02 USD
        assertEquals(0.02, ChoiceModel.selfHostCost(m, 1000), 1e-15);
        // no brand taste: utility = success at 26.5 - cost / V
        ChoiceModel choice = new ChoiceModel(0.2, 0.6, 2, 0.0, 0L, 0.1);
        double success = CapabilityFunction.success(26.5, 25.0, 0.6);
        assertEquals(success - 0.02 / 4.0, choice.selfHostUtility(m, 3, 0.5, 25.0, 4.0, 1000), 1e-12);
        // without an open-weight model, or without the split, nothing is offered and nothing costs
        MarketSnapshot none = splitMarket();
        none.outsideModelLab = -1;
        SnapshotBuilder.priceSelfHosting(none, FLOP_PER_DOLLAR);
        assertEquals(0, none.selfHostUsdPerQuery(), 0);
        assertEquals(Double.NEGATIVE_INFINITY, choice.selfHostUtility(none, 3, 0.5, 25.0, 4.0, 1000));
    }

    @Test
    void probabilitiesWithSelfHostingSumToOne() {
        MarketSnapshot m = splitMarket();
        ChoiceModel choice = new ChoiceModel(0.2, 0.6, 2, 0.1, 5L, 0.1);
        double[] p = new double[5];
        choice.probabilitiesWithSelfHosting(m, new int[] {0, 1, 2}, 3, 7, 0, 0.5, 25.0, 50.0, 300, p);
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
        assertTrue(p[4] > 0, "self-hosting has a share");
    }

    @Test
    void everyPersonIsOnExactlyOneOfNoAiSelfHostingOrATierWhateverTheThreads() {
        Population one = population(40_000, 0.3);
        Population two = population(40_000, 0.3);
        UserPass serial = pass(one.size(), 1);
        UserPass parallel = pass(two.size(), 2);
        MarketSnapshot m = splitMarket();
        try {
            for (int month = 0; month < 12; month++) {
                MarketTally a = serial.run(one, m);
                double tiers = 0;
                for (int o = 0; o < m.optionCount(); o++) {
                    tiers += a.optionUsers(o);
                }
                assertEquals(one.size(), a.noAiUsers() + a.selfHosters() + tiers + a.notYetUsingAi(), 0.0,
                        "month " + month + ": people conserved");
                int selfHosting = 0;
                double queries = 0;
                for (int i = 0; i < one.size(); i++) {
                    if (one.selfHosting(i)) {
                        selfHosting++;
                        queries += one.queries(i);
                        assertTrue(one.canSelfHost(i), "only technical users self-host");
                    }
                }
                assertEquals(selfHosting, a.selfHosters(), 0.0, "the tally counts the population's self-hosters");
                assertEquals(queries * 2e-5, a.selfHostSpendUsd(), 1e-9 * Math.max(1, queries));
                MarketTally b = parallel.run(two, m);
                assertEquals(a.selfHosters(), b.selfHosters(), 0.0, "thread count changes nothing");
                assertEquals(a.noAiUsers(), b.noAiUsers(), 0.0);
                assertEquals(a.selfHostSpendUsd(), b.selfHostSpendUsd(), 0.0);
            }
            assertTrue(serial.lastTally().selfHosters() > 0, "self-hosting is chosen");
        } finally {
            serial.shutdown();
            parallel.shutdown();
        }
    }

    @Test
    void noTechnicalUsersMeansNobodySelfHostsAndMoreMeansWeaklyMore() {
        double previous = -1;
        for (double share : new double[] {0, 0.1, 0.3, 0.6, 1}) {
            Population pop = population(20_000, share);
            UserPass pass = pass(pop.size(), 1);
            MarketSnapshot m = splitMarket();
            double selfHosters = 0;
            try {
                for (int month = 0; month < 12; month++) {
                    selfHosters = pass.run(pop, m).selfHosters();
                }
            } finally {
                pass.shutdown();
            }
            if (share == 0) {
                assertEquals(0, selfHosters, 0.0, "no technical users: nobody self-hosts");
            }
            assertTrue(selfHosters >= previous, "share " + share + ": " + selfHosters + " < " + previous);
            previous = selfHosters;
        }
    }

    private static Population population(int agents, double technicalShare) {
        Scenario s = TestScenarios.shipped("baseline", Map.of("population.agents", String.valueOf(agents),
                "population.technicalShare", String.valueOf(technicalShare), "population.initialAdopterShare", "1"));
        return PopulationFactory.create(s.population(), List.of(), new MersenneTwisterFast(7));
    }

    private static UserPass pass(int users, int threads) {
        UserPass pass = new UserPass(users, new ChoiceModel(0.2, 0.6, 2, 0.1, 3L, 0.1), 0.3, new MersenneTwisterFast(11));
        pass.setThreads(threads);
        return pass;
    }
}
