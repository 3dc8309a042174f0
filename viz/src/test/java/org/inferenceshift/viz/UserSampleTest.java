package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;
import org.inferenceshift.users.Population;
import org.junit.jupiter.api.Test;

/**
 * The users picture computes each user's capability received itself (the model keeps only totals), so it
 * is checked against the model's own per-decile means: with the whole population sampled they must agree.
 */
class UserSampleTest {

    @Test
    void capabilityReceivedAgreesWithTheModelsDecileMeans() throws Exception {
        Scenario scenario = TestScenarios.smallBaseline(18, Map.of());
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        long usersOnRateLimitedTiers = 0;
        try {
            for (int month = 0; month < 18; month++) {
                model.schedule.step(model);
                Population pop = model.population();
                UserSample sample = UserSample.of(model, pop.size());
                assertEquals(pop.size(), sample.size(), "every user is sampled");
                double[] sum = new double[MarketTally.DECILES];
                int[] count = new int[MarketTally.DECILES];
                for (int i = 0; i < pop.size(); i++) {
                    if (pop.notYetUsingAi(i)) {
                        // the model's decile means are over people using AI; the others are not drawn
                        assertEquals(UserSample.NOT_USING_AI, sample.lab()[i]);
                        continue;
                    }
                    sum[pop.incomeDecile(i)] += sample.receivedE()[i];
                    count[pop.incomeDecile(i)]++;
                }
                usersOnRateLimitedTiers += usersOnRateLimitedTiers(model);
                for (int d = 0; d < MarketTally.DECILES; d++) {
                    assertEquals(model.tally().decileMeanE(d), sum[d] / Math.max(1, count[d]), 1e-9,
                            "month " + month + ", income decile " + d);
                }
            }
        } finally {
            model.finish();
        }
        assertTrue(usersOnRateLimitedTiers > 0,
                "the baseline's labs open free tiers within 18 months, so the check covers rate-limited tiers too");
    }

    /** Users on a tier that answers only part of their queries (a free tier). */
    private static int usersOnRateLimitedTiers(IndustryModel model) {
        Population pop = model.population();
        int n = 0;
        for (int i = 0; i < pop.size(); i++) {
            int lab = pop.currentLab(i);
            if (lab >= 0 && pop.currentTier(i) < model.snapshot().tierCount(lab)
                    && model.snapshot().servedShare(model.snapshot().firstOption(lab) + pop.currentTier(i)) < 1) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aSmallSampleFollowsTheSameEvenlySpacedUsers() throws Exception {
        IndustryModel model = new IndustryModel(TestScenarios.smallBaseline(6, Map.of()));
        model.start();
        model.schedule.step(model);
        UserSample sample = UserSample.of(model, 100);
        assertEquals(100, sample.size());
        Population pop = model.population();
        for (int j = 0; j < 100; j++) {
            int i = j * pop.size() / 100;
            assertEquals(pop.income(i), sample.incomeUsdPerMonth()[j]);
            int lab = sample.lab()[j];
            assertTrue(pop.notYetUsingAi(i) ? lab == UserSample.NOT_USING_AI
                    : lab == Population.OUTSIDE || lab == pop.currentLab(i));
        }
        model.finish();
    }
}
