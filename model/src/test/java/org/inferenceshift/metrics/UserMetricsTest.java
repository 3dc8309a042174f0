package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 1: paying and free users apart, churn and the leader's monthly share change, each checked
 * against a figure computed another way: paying subscribers against no_paid_access_share and ai_user_share (the tally's paid
 * count, not the options' prices), the leader's change against last month's cr1_users row.
 */
class UserMetricsTest {
    @Test
    void payingAndFreeUsersAddUpAndMatchTheAccessShare() {
        RunResult run = HeadlessRun.run(TestScenarios.shipped("baseline", Map.of(
                "population.agents", "3000", "horizonMonths", "48")), 2);
        double people = run.scenario().population().represents();
        double freeMonths = 0;
        for (int t = 0; t < run.months(); t++) {
            double paying = run.at(t, Metric.PAYING_SUBSCRIBERS);
            double free = run.at(t, Metric.FREE_TIER_USERS);
            // no_paid_access_share is over people using AI
            assertEquals((1 - run.at(t, Metric.NO_PAID_ACCESS_SHARE)) * run.at(t, Metric.AI_USER_SHARE) * people, paying,
                    1e-6 * people, "month " + t);
            assertEquals(paying + free, run.at(t, Metric.SUBSCRIBERS), 1e-6 * people);
            assertTrue(run.at(t, Metric.SUBSCRIBERS) <= people * (1 + 1e-9));
            double churn = run.at(t, Metric.USER_CHURN);
            assertTrue(churn >= 0 && churn <= 1, "month " + t + ": churn " + churn);
            double cr1Paying = run.at(t, Metric.CR1_PAYING_USERS);
            assertTrue(cr1Paying >= 0 && cr1Paying <= 1);
            freeMonths += free > 0 ? 1 : 0;
        }
        assertTrue(freeMonths > 0, "some month has free-tier users, so the split is exercised");
    }

    @Test
    void leaderShareChangeIsTheMonthlyMoveOfCr1Users() {
        RunResult run = HeadlessRun.run(TestScenarios.shipped("baseline", Map.of(
                "population.agents", "3000", "horizonMonths", "36")), 1);
        assertTrue(Double.isNaN(run.at(0, Metric.LEADER_USER_SHARE_CHANGE)), "no previous month");
        for (int t = 1; t < run.months(); t++) {
            assertEquals(Math.abs(run.at(t, Metric.CR1_USERS) - run.at(t - 1, Metric.CR1_USERS)),
                    run.at(t, Metric.LEADER_USER_SHARE_CHANGE), 1e-12, "month " + t);
        }
    }
}
