package org.inferenceshift.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;
import org.junit.jupiter.api.Test;

/** A lab just above an ENTITY_BASED revenue line stays under it only when compliance costs more than it gives up. */
class RevenueLinePlanningTest {

    /** Revenue line $120M/year; every model above 1e20 FLOP counts, so only revenue decides coverage. */
    private static Scenario scenario(boolean stayUnder, double complianceFixedUsd, int months) {
        return TestScenarios.small(2_000, months, """
                "strategy": { "stayUnderRevenueLine": %s, "revenueLineMarginShare": 0.05 },
                "regulators": [ { "id": "ca", "policy": "ENTITY_BASED", "thresholdFlop": 1.0e20,
                                  "revenueThresholdUsd": 1.2e8, "complianceFixedUsd": %s,
                                  "complianceShareOfTrainingCost": 0, "releaseDelayMonths": 0 } ]
                """.formatted(stayUnder, complianceFixedUsd));
    }

    private static IndustryModel started(Scenario scenario) {
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        model.schedule.step(model);
        return model;
    }

    private static double kept(IndustryModel model, double revenueUsd) {
        Lab lab = model.labs().get(0);
        return RevenueLinePlanning.keptRevenueUsd(model.regulators(), lab, lab.deployed(), revenueUsd, 0,
                lab.getTrainingMonths(), model.scenario().strategy());
    }

    @Test
    void aLabJustAboveTheLineWithHighComplianceCostStaysUnderIt() {
        IndustryModel model = started(scenario(true, 1.0e9, 6));
        // $10.1M/month is $121.2M/year, above the line; the mark is 0.95 x $120M / 12 = $9.5M/month, so $0.6M is
        // given up a month against $1e9 / 6 months = $167M of compliance a month
        assertEquals(9.5e6, kept(model, 1.01e7), 1e-6);
        // below the line nothing changes
        assertEquals(9.0e6, kept(model, 9.0e6), 0.0);
    }

    @Test
    void withZeroComplianceCostOrTheOptionOffItDoesNot() {
        assertEquals(1.01e7, kept(started(scenario(true, 0, 6)), 1.01e7), 0.0);
        assertEquals(1.01e7, kept(started(scenario(false, 1.0e9, 6)), 1.01e7), 0.0);
    }

    @Test
    void farAboveTheLineTheLabPaysInstead() {
        // $1.2B/month: keeping under the line gives up ~$1.19B a month, more than $1e9 / 6 months of compliance
        IndustryModel model = started(scenario(true, 1.0e9, 6));
        assertEquals(1.2e9, kept(model, 1.2e9), 0.0);
    }

    @Test
    void overARunTheLabThatStaysUnderIsNeverCoveredByTheRevenueRule() {
        RunResult stays = HeadlessRun.run(scenario(true, 1.0e9, 24), 1);
        RunResult pays = HeadlessRun.run(scenario(true, 0, 24), 1);
        boolean crossed = false;
        for (LabMonth row : pays.labMonths()) {
            crossed |= row.labId().equals("a") && 12 * row.revenueUsd() >= 1.2e8;
        }
        assertTrue(crossed, "without compliance cost lab a's revenue crosses the line (the test is not vacuous)");
        for (LabMonth row : stays.labMonths()) {
            if (row.labId().equals("a")) {
                assertTrue(12 * row.revenueUsd() < 1.2e8, "month " + row.month() + ": " + row.revenueUsd());
            }
        }
    }
}
