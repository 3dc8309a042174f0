package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Money and people are neither created nor lost by a step. */
class ConservationTest {

    @Test
    void labCashChangesEqualRevenuePlusRaisesMinusSpendThroughRaisesExitsAndEntries() {
        // a churny world: short runway, frequent raises, expensive fixed costs, so some labs exit
        Scenario scenario = TestScenarios.small(3_000, 60,
                "\"finance\": { \"raiseIntervalMonths\": 3, \"exitAfterNegativeMonths\": 2 },"
                        + " \"entry\": { \"entrantsPerYear\": 6 },"
                        + " \"labDefaults\": { \"fixedCostUsdPerMonth\": 9.0e7 }");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        double initialCash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
        assertEquals(initialCash, model.ledger().initialCashUsd(), 0);
        while (model.schedule.step(model)) {
            double cash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
            double expected = model.ledger().expectedCashUsd();
            assertEquals(expected, cash, 1e-9 * Math.max(1, Math.abs(initialCash) + model.ledger().spendUsd()),
                    "month " + model.month());
        }
        assertTrue(model.ledger().raisesUsd() > 0, "the scenario exercises raises");
        assertTrue(model.labs().stream().anyMatch(lab -> !lab.isActive()), "the scenario exercises exits");
        assertTrue(model.labs().size() > scenario.labs().size(), "the scenario exercises entry");
    }

    @Test
    void everyUserIsOnExactlyOneOptionEveryMonth() {
        Scenario scenario = TestScenarios.small(5_000, 24, "");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        while (model.schedule.step(model)) {
            double counted = model.tally().totalUsers(model.snapshot().optionCount());
            assertEquals(5_000, counted, 0, "month " + model.month());
            double shareSum = model.tally().outsideUsers() / 5_000;
            for (Lab lab : model.labs()) {
                shareSum += model.userShare(lab.getIndex());
            }
            assertEquals(1.0, shareSum, 1e-12, "people shares over labs and outside option");
        }
    }
}
