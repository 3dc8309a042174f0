package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.users.Adoption;
import org.inferenceshift.users.Population;
import org.inferenceshift.users.PopulationFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 4 in the user pass: people not using AI yet are counted apart, users are conserved, the
 * adopters are exactly those whose threshold the month's share passed (plus the labs' initial users), and
 * the pass does not depend on the thread count.
 */
class AdoptionPassTest {
    @Test
    void adoptersAndNonAdoptersAddUpToThePopulationAndFollowTheThresholds() {
        Adoption adoption = new Adoption(0.03, 1.9, 0.1, 99L);
        Population one = population(40_000, adoption);
        Population two = population(40_000, adoption);
        UserPass serial = pass(one.size(), 1);
        UserPass parallel = pass(two.size(), 2);
        MarketSnapshot m = ChoiceModelTest.market(200);
        try {
            for (int month = 0; month < 24; month++) {
                double share = adoption.share(month);
                serial.setAdoption(adoption, share);
                parallel.setAdoption(adoption, share);
                MarketTally a = serial.run(one, m);
                int expected = 0;
                for (int i = 0; i < one.size(); i++) {
                    expected += adoption.threshold(i) < share ? 1 : 0;
                }
                double users = a.totalUsers(m.optionCount());
                assertEquals(one.size(), users + a.notYetUsingAi(), 0.0, "month " + month + ": users conserved");
                assertEquals(expected, users, 0.0, "month " + month + ": adopters are those below the share");
                assertEquals(share, users / one.size(), 0.01, "month " + month + ": near the Bass path");
                double[] serialUsers = new double[m.optionCount()];
                for (int o = 0; o < m.optionCount(); o++) {
                    serialUsers[o] = a.optionUsers(o);
                }
                MarketTally b = parallel.run(two, m);
                assertEquals(a.notYetUsingAi(), b.notYetUsingAi(), 0.0);
                for (int o = 0; o < m.optionCount(); o++) {
                    assertEquals(serialUsers[o], b.optionUsers(o), 0.0, "thread count changes nothing");
                }
            }
        } finally {
            serial.shutdown();
            parallel.shutdown();
        }
    }

    @Test
    void aRunConservesPeopleAndStartsEveryoneWhenAdoptionIsOff() {
        Scenario s = TestScenarios.shipped("baseline", Map.of("population.agents", "3000", "horizonMonths", "24"));
        RunResult run = HeadlessRun.run(s, 2);
        double people = s.population().represents();
        double before = 0;
        for (int t = 0; t < run.months(); t++) {
            double using = run.at(t, Metric.AI_USER_SHARE);
            assertEquals(people, using * people + run.at(t, Metric.NOT_YET_USING_AI), 1e-6 * people, "month " + t);
            assertTrue(using >= before, "adoption never reverses");
            before = using;
        }
        RunResult off = HeadlessRun.run(TestScenarios.shipped("baseline", Map.of("population.agents", "3000",
                "horizonMonths", "6", "population.initialAdopterShare", "1")), 2);
        for (int t = 0; t < off.months(); t++) {
            assertEquals(1.0, off.at(t, Metric.AI_USER_SHARE), 0.0);
            assertEquals(0.0, off.at(t, Metric.NOT_YET_USING_AI), 0.0);
        }
    }

    private static Population population(int agents, Adoption adoption) {
        Scenario s = TestScenarios.baseline(agents, 12);
        Population pop = PopulationFactory.create(s.population(), List.of(), new MersenneTwisterFast(7));
        adoption.initialise(pop);
        return pop;
    }

    private static UserPass pass(int users, int threads) {
        UserPass pass = new UserPass(users, new ChoiceModel(0.2, 0.6, 2, 0.0, 0L, 0.1), 0.15, new MersenneTwisterFast(11));
        pass.setThreads(threads);
        return pass;
    }
}
