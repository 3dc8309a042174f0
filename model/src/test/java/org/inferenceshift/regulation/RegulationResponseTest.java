package org.inferenceshift.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;
import org.inferenceshift.users.Population;
import org.junit.jupiter.api.Test;

/** How labs respond to regulators: bunching below thresholds, and withholding from a region. */
class RegulationResponseTest {

    private static double bunchedRuns(long seed, String complianceFixedUsd, String tolerance) {
        return run(seed, complianceFixedUsd, tolerance).last(Metric.RUNS_BELOW_THRESHOLD);
    }

    private static double bunchingShare(long seed, String complianceFixedUsd) {
        return run(seed, complianceFixedUsd, "0.1").last(Metric.BUNCHING_SHARE);
    }

    private static org.inferenceshift.run.RunResult run(long seed, String complianceFixedUsd, String tolerance) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("population.agents", "10000");
        overrides.put("seed", Long.toString(seed));
        overrides.put("regulators.0.complianceFixedUsd", complianceFixedUsd);
        overrides.put("regulators.0.complianceShareOfTrainingCost", "0");
        overrides.put("strategy.complianceTolerance", tolerance);
        Scenario scenario = TestScenarios.shipped("policy-training-threshold", overrides);
        return HeadlessRun.run(scenario, 1);
    }

    @Test
    void withoutComplianceCostsThereIsNoBunchingBeyondChance() {
        for (long seed = 1; seed <= 3; seed++) {
            // labs that never stop a run give the chance level of runs just below the threshold
            double chance = bunchedRuns(seed, "0", "100");
            assertEquals(chance, bunchedRuns(seed, "0", "0.1"), 0.0, "seed " + seed);
        }
    }

    @Test
    void bunchingRisesWithComplianceCost() {
        double[] costs = {0, 3e7, 3e8};
        double[] bunched = new double[costs.length];
        for (int c = 0; c < costs.length; c++) {
            for (long seed = 1; seed <= 3; seed++) {
                bunched[c] += bunchingShare(seed, Double.toString(costs[c])) / 3;
            }
        }
        for (int c = 1; c < costs.length; c++) {
            assertTrue(bunched[c] >= bunched[c - 1], "bunched runs over 3 seeds by cost: " + java.util.Arrays.toString(bunched));
        }
        assertTrue(bunched[costs.length - 1] > bunched[0], "a high compliance cost makes labs stop below the line: "
                + java.util.Arrays.toString(bunched));
    }

    @Test
    void withholdingRemovesAModelFromItsRegionOnly() {
        // two regions; the "eu" regulator covers every model and charges more than any lab earns there
        Scenario scenario = TestScenarios.small(4_000, 6, """
                "regions": [ { "name": "eu", "share": 0.4 }, { "name": "us", "share": 0.6 } ],
                "regulators": [ { "id": "eu-ai-office", "region": "eu", "policy": "TRAINING_THRESHOLD",
                                  "thresholdFlop": 1.0e20, "complianceFixedUsd": 1.0e12, "releaseDelayMonths": 0 } ]
                """);
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        for (int month = 0; month < 3; month++) {
            model.schedule.step(model);
        }
        int eu = scenario.regionIndex("eu");
        int us = scenario.regionIndex("us");
        for (Lab lab : model.labs()) {
            assertTrue(lab.standing().isWithheldIn(eu), lab.getId() + " withholds from the eu");
            assertFalse(lab.standing().isWithheldIn(us), lab.getId() + " still sells in the us");
            assertFalse(model.snapshot().available(eu, lab.getIndex()));
            assertTrue(model.snapshot().available(us, lab.getIndex()));
        }
        Population pop = model.population();
        int euOnALab = 0;
        int usOnALab = 0;
        for (int i = 0; i < pop.size(); i++) {
            if (pop.currentLab(i) != Population.OUTSIDE) {
                if (pop.region(i) == eu) {
                    euOnALab++;
                } else {
                    usOnALab++;
                }
            }
        }
        assertEquals(0, euOnALab, "no user in the eu is left on a withheld model");
        assertTrue(usOnALab > 0, "users in the us still subscribe");
    }
}
