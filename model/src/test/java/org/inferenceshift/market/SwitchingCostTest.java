package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: a cost of leaving one's lab lowers monthly churn (with fixed menus, so that churn is by choice:
 * a withdrawn free tier sends its users away whatever the cost), and the pass stays deterministic whatever the
 * thread count with it on.
 */
class SwitchingCostTest {
    private static final int[] SEEDS = {3, 17, 29};

    @Test
    void aHigherSwitchingCostLowersMonthlyChurn() {
        double[] costs = {0, 0.15, 0.4};
        double[] meanOverSeeds = new double[costs.length];
        for (int seed : SEEDS) {
            double[] churn = new double[costs.length];
            for (int c = 0; c < costs.length; c++) {
                churn[c] = meanChurn(HeadlessRun.run(scenario(seed, costs[c]), 2));
                meanOverSeeds[c] += churn[c] / SEEDS.length;
            }
            assertTrue(churn[0] > churn[2], "seed " + seed + ": churn " + java.util.Arrays.toString(churn));
        }
        assertTrue(meanOverSeeds[0] > meanOverSeeds[1] && meanOverSeeds[1] > meanOverSeeds[2],
                "mean churn over seeds falls with the cost: " + java.util.Arrays.toString(meanOverSeeds));
    }

    @Test
    void switchingCostRunsAreTheSameOnOneThreadAndOnTwo() {
        // 40,000 agents: three chunks of the pass, so two threads really split it
        Scenario s = TestScenarios.shipped("baseline", Map.of("population.agents", "40000", "horizonMonths", "18",
                "choice.switchingCost", "0.2"));
        RunResult one = HeadlessRun.run(s, 1);
        RunResult two = HeadlessRun.run(s, 2);
        for (Metric m : Metric.values()) {
            assertArrayEquals(one.series(m), two.series(m), 0.0, m.column());
        }
    }

    private static Scenario scenario(int seed, double cost) {
        // menus fixed: no tier is ever withdrawn, so every departure is a choice the cost can tax
        return TestScenarios.shipped("baseline", Map.of("population.agents", "3000", "horizonMonths", "60",
                "seed", Integer.toString(seed), "choice.switchingCost", Double.toString(cost),
                "labDefaults.pricingPolicy", "\"FIXED\""));
    }

    private static double meanChurn(RunResult run) {
        double sum = 0;
        int months = 0;
        for (double v : run.series(Metric.USER_CHURN)) {
            if (!Double.isNaN(v)) {
                sum += v;
                months++;
            }
        }
        return sum / months;
    }
}
