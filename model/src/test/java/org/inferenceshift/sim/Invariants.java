package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricRow;
import org.inferenceshift.metrics.MetricsRecorder;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.Scenario;

/**
 * What must hold after every month of any valid scenario: users and money conserved, shares in [0, 1]
 * summing to 1, HHI in [0, 10000], no NaN or infinity (the model's own guard would have stopped the run).
 */
final class Invariants {
    private static final Set<Metric> SHARES = EnumSet.of(Metric.CR1, Metric.CR4, Metric.GINI_ACCESS,
            Metric.NO_PAID_ACCESS_SHARE, Metric.MEAN_SUCCESS, Metric.SPEND_SHARE_PRETRAINING,
            Metric.SPEND_SHARE_POSTTRAINING, Metric.SPEND_SHARE_INFERENCE, Metric.SPEND_SHARE_IDA, Metric.SPEND_SHARE_SYNTHETIC,
            Metric.MEAN_THROTTLE);

    private Invariants() {
    }

    /** Runs the scenario to its horizon, checking every month; returns the finished model. */
    static IndustryModel runChecked(Scenario scenario) {
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        MetricsRecorder recorder = HeadlessRun.attachRecorder(model);
        try {
            for (int month = 0; month < scenario.horizonMonths(); month++) {
                assertTrue(model.schedule.step(model), "month " + month + " ran");
                check(model, recorder.rows().get(month), month);
            }
        } finally {
            model.finish();
        }
        assertEquals(scenario.horizonMonths(), recorder.rows().size(), "a row for every month");
        return model;
    }

    static void check(IndustryModel model, MetricRow row, int month) {
        String at = "month " + month + ": ";
        int agents = model.population().size();
        assertEquals(agents, model.tally().totalUsers(model.snapshot().optionCount()) + model.tally().notYetUsingAi(), 0,
                at + "every user counted once (people not using AI yet included)");

        double shareOfPeople = (model.tally().outsideUsers() + model.tally().notYetUsingAi()) / agents;
        double subscriberShares = 0;
        double subscribers = 0;
        double cash = 0;
        for (Lab lab : model.labs()) {
            int l = lab.getIndex();
            assertInUnit(model.userShare(l), at + lab.getId() + " user share");
            assertInUnit(model.subscriberShare(l), at + lab.getId() + " subscriber share");
            shareOfPeople += model.userShare(l);
            subscriberShares += model.subscriberShare(l);
            subscribers += lab.serving().getSubscribers();
            cash += lab.finance().getCashUsd();
            AllocationShares a = lab.getAllocation();
            for (double share : new double[] {a.pre(), a.post(), a.inference(), a.ida(), a.synthetic()}) {
                assertInUnit(share, at + lab.getId() + " allocation share");
            }
            assertEquals(1.0, a.sum(), AllocationShares.SUM_TOLERANCE, at + lab.getId() + " allocation sums to 1");
        }
        assertEquals(1.0, shareOfPeople, 1e-9, at + "people on labs plus outside option");
        assertEquals(subscribers > 0 ? 1.0 : 0.0, subscriberShares, 1e-9, at + "subscriber shares");

        Ledger ledger = model.ledger();
        double scale = Math.abs(ledger.initialCashUsd()) + ledger.revenueUsd() + ledger.raisesUsd() + ledger.spendUsd();
        assertEquals(ledger.expectedCashUsd(), cash, 1e-9 * Math.max(1, scale), at + "money conserved");

        for (Metric metric : Metric.values()) {
            // a metric undefined in this state (no payer, no human-level model) is NaN, written NA; never infinite
            double v = row.value(metric);
            assertTrue(!Double.isInfinite(v), at + metric.column() + " = " + v);
        }
        for (Metric hhi : new Metric[] {Metric.HHI_REVENUE, Metric.HHI_USERS}) {
            double v = row.value(hhi);
            assertTrue(v >= 0 && v <= 10_000 * (1 + 1e-12), at + hhi.column() + " = " + v);
        }
        for (Metric share : SHARES) {
            assertInUnit(row.value(share), at + share.column());
        }
        double spend = row.value(Metric.SPEND_SHARE_PRETRAINING) + row.value(Metric.SPEND_SHARE_POSTTRAINING)
                + row.value(Metric.SPEND_SHARE_INFERENCE) + row.value(Metric.SPEND_SHARE_IDA)
                + row.value(Metric.SPEND_SHARE_SYNTHETIC);
        assertTrue(spend == 0 || Math.abs(spend - 1) < 1e-9, at + "spend shares sum to 1 (or 0 with no spend): " + spend);
    }

    private static void assertInUnit(double v, String what) {
        assertTrue(v >= 0 && v <= 1 + 1e-12, what + " = " + v + " (must be in [0, 1])");
    }
}
