package org.inferenceshift.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;
import org.junit.jupiter.api.Test;

/** Disclosure enforced by detection (issue 19 item 2): what the regulator sees of internal capability. */
class DisclosureDetectionTest {
    private static final int MONTHS = 36;

    private record Seen(double[] visible, double[] deployedBest, double[] internalBest, int labMonths, int detections) {
    }

    private static Seen run(String probability) {
        Scenario scenario = TestScenarios.shipped("policy-disclosure", Map.of("population.agents", "3000",
                "horizonMonths", Integer.toString(MONTHS), "regulators.0.detectionProbability", probability));
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        double[] visible = new double[MONTHS];
        double[] deployedBest = new double[MONTHS];
        double[] internalBest = new double[MONTHS];
        int labMonths = 0;
        for (int month = 0; month < MONTHS; month++) {
            // the labs active at this month's review, before the month runs (entry comes after regulation)
            for (Lab lab : model.labs()) {
                labMonths += lab.isActive() ? 1 : 0;
            }
            model.schedule.step(model);
            Regulator regulator = model.regulators().get(0);
            visible[month] = regulator.view().bestVisibleE();
            deployedBest[month] = Double.NEGATIVE_INFINITY;
            internalBest[month] = Double.NEGATIVE_INFINITY;
            for (ObservedModel seen : regulator.view().deployed()) {
                Lab lab = model.labs().get(seen.labIndex());
                deployedBest[month] = Math.max(deployedBest[month], seen.model().baseE() + lab.ida().getDeployedE());
                internalBest[month] = Math.max(internalBest[month], seen.model().baseE() + lab.ida().getInternalE());
            }
        }
        int detections = model.regulators().get(0).detections();
        model.finish();
        return new Seen(visible, deployedBest, internalBest, labMonths, detections);
    }

    @Test
    void fullDisclosureShowsInternalGainsAndNoDetectionShowsOnlyDeployedOnes() {
        Seen full = run("1");
        Seen none = run("0");
        boolean someLead = false;
        for (int month = 0; month < MONTHS; month++) {
            // IDA gains change only in BUDGETS, before the review, so the labs' gains after the month are those it saw
            assertEquals(full.internalBest()[month], full.visible()[month], 1e-12, "month " + month);
            assertEquals(none.deployedBest()[month], none.visible()[month], 1e-12, "month " + month);
            someLead |= full.internalBest()[month] > full.deployedBest()[month] + 1e-9;
        }
        assertTrue(someLead, "inference-during-training gives some lab an internal lead to disclose");
        assertEquals(0, full.detections());
        assertEquals(0, none.detections());
    }

    @Test
    void detectionsComeAtTheirProbability() {
        Seen partial = run("0.25");
        // one draw per active lab-month: binomial(n, 0.25); 4 standard deviations either side
        double mean = 0.25 * partial.labMonths();
        double sd = Math.sqrt(partial.labMonths() * 0.25 * 0.75);
        assertTrue(Math.abs(partial.detections() - mean) < 4 * sd,
                partial.detections() + " detections in " + partial.labMonths() + " lab-months");
        for (int month = 0; month < MONTHS; month++) {
            assertTrue(partial.visible()[month] >= partial.deployedBest()[month] - 1e-12, "month " + month);
            assertTrue(partial.visible()[month] <= partial.internalBest()[month] + 1e-12, "month " + month);
        }
    }
}
