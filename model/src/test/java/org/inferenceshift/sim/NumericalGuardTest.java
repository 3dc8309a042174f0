package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.users.UserColumns;
import org.junit.jupiter.api.Test;

/** A NaN or infinity anywhere in the state stops the run, naming the month, the quantity and its owner. */
class NumericalGuardTest {

    private static IndustryModel startedModel() {
        IndustryModel model = new IndustryModel(TestScenarios.small(500, 12, ""));
        model.start();
        HeadlessRun.attachRecorder(model);
        return model;
    }

    private static void stepMonths(IndustryModel model, int months) {
        for (int m = 0; m < months; m++) {
            model.schedule.step(model);
        }
    }

    @Test
    void aLabQuantityThatBecomesNaNStopsTheRunNamingTheLab() {
        IndustryModel model = startedModel();
        stepMonths(model, 3);
        model.labs().get(1).menu().replace(0, Tier.paid("standard", Double.NaN, 1));
        NumericalFaultException e = assertThrows(NumericalFaultException.class, () -> model.schedule.step(model));
        assertEquals(3, e.month());
        assertEquals("numerical fault in month 3 (2024-04): lab 1 \"b\" tier 0 priceUsdPerMonth = NaN (every quantity"
                + " of the state must be a finite number)", e.getMessage());
        assertEquals(3, HeadlessRun.recorderOf(model).rows().size(), "the poisoned month was not recorded");
    }

    @Test
    void nanCashIsCaughtInTheMonthItSpreadsThroughTheLabsBudget() {
        IndustryModel model = startedModel();
        stepMonths(model, 2);
        model.labs().get(0).finance().receiveRaise(Double.NaN);
        NumericalFaultException e = assertThrows(NumericalFaultException.class, () -> model.schedule.step(model));
        assertEquals(2, e.month());
        assertTrue(e.quantity().startsWith("lab 0 \"a\" "), e.quantity());
    }

    @Test
    void aUserAttributeThatIsNotFiniteIsNamedByIndexInTheFirstMonth() {
        IndustryModel model = startedModel();
        UserColumns.of(model.population()).valueUsdPerMonth[321] = Float.POSITIVE_INFINITY;
        NumericalFaultException e = assertThrows(NumericalFaultException.class, () -> model.schedule.step(model));
        assertEquals("user 321 valueUsdPerMonth", e.quantity());
        assertEquals(0, e.month());
    }

    @Test
    void aUserWhoPoisonsTheMonthsSumsLaterIsFoundFromTheSums() {
        IndustryModel model = startedModel();
        stepMonths(model, 5);
        // a person who uses AI (one not using it yet sends no query, so adds nothing to the sums)
        int user = 42;
        while (model.population().notYetUsingAi(user)) {
            user++;
        }
        UserColumns.of(model.population()).queriesPerMonth[user] = Float.NaN;
        NumericalFaultException e = assertThrows(NumericalFaultException.class, () -> model.schedule.step(model));
        assertEquals(5, e.month());
        assertEquals("user " + user + " queriesPerMonth", e.quantity());
    }

    @Test
    void anInfiniteTrainingRunIsNamed() {
        IndustryModel model = startedModel();
        stepMonths(model, 1);
        model.labs().get(0).training().run().addPretraining(Double.POSITIVE_INFINITY, 1);
        NumericalFaultException e = assertThrows(NumericalFaultException.class, () -> model.schedule.step(model));
        assertTrue(e.quantity().startsWith("lab 0 \"a\" training run"), e.quantity());
    }

    @Test
    void aHealthyRunIsNeverStopped() {
        IndustryModel model = startedModel();
        stepMonths(model, 12);
        assertEquals(12, HeadlessRun.recorderOf(model).rows().size());
    }
}
