package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Identities the metrics of a real run must keep every month, whatever the dynamics. */
class RunMetricsTest {
    private static RunResult run;

    @BeforeAll
    static void simulate() {
        run = HeadlessRun.run(TestScenarios.baseline(20_000, 48), 2);
    }

    @Test
    void spendSharesAddUpAndTheFinalRunsAreTheSingleSiteShare() {
        double finalRunShare = run.scenario().labs().get(0).finalRunShare();
        assertTrue(run.scenario().labs().stream().allMatch(l -> l.finalRunShare() == finalRunShare));
        for (int t = 0; t < run.rows().size(); t++) {
            double pre = run.at(t, Metric.SPEND_SHARE_PRETRAINING);
            double post = run.at(t, Metric.SPEND_SHARE_POSTTRAINING);
            assertEquals(1.0, pre + post + run.at(t, Metric.SPEND_SHARE_INFERENCE) + run.at(t, Metric.SPEND_SHARE_IDA)
                    + run.at(t, Metric.SPEND_SHARE_SYNTHETIC), 1e-9);
            assertEquals(finalRunShare * (pre + post), run.at(t, Metric.SINGLE_SITE_COMPUTE_SHARE), 1e-9);
        }
    }

    @Test
    void internalFrontierIsNeverBehindTheDeployedOne() {
        for (int t = 0; t < run.rows().size(); t++) {
            assertTrue(run.at(t, Metric.MAX_INTERNAL_E) >= run.at(t, Metric.MAX_DEPLOYED_E) - 1e-12, "month " + t);
            assertTrue(run.at(t, Metric.MAX_DEPLOYED_E) >= run.at(t, Metric.MAX_DEPLOYED_BASE_E) - 1e-12, "month " + t);
        }
    }

    @Test
    void activeLabsChangeOnlyThroughEntriesAndExits() {
        for (int t = 1; t < run.rows().size(); t++) {
            double change = run.at(t, Metric.ACTIVE_LABS) - run.at(t - 1, Metric.ACTIVE_LABS);
            assertEquals(run.at(t, Metric.ENTRIES) - run.at(t, Metric.EXITS), change, 0.0, "month " + t);
        }
    }

    @Test
    void humanLevelCostToWageIsCostOverTheScenarioWage() {
        Scenario s = run.scenario();
        for (int t = 0; t < run.rows().size(); t++) {
            double cost = run.at(t, Metric.HUMAN_LEVEL_COST_PER_TASK);
            double ratio = run.at(t, Metric.HUMAN_LEVEL_COST_TO_WAGE);
            if (Double.isNaN(cost)) {
                assertTrue(Double.isNaN(ratio) && Double.isNaN(run.at(t, Metric.HUMAN_LEVEL_K)), "month " + t);
            } else {
                assertEquals(cost / s.serving().humanWageUsdPerTask(), ratio, 1e-12 * ratio);
                assertTrue(run.at(t, Metric.HUMAN_LEVEL_K) >= 1);
            }
        }
    }

    @Test
    void frontierCopiesAtReleaseIsTheFrontierModelsRowOfModelsCsv() {
        int last = run.rows().size() - 1;
        double frontierE = run.last(Metric.MAX_DEPLOYED_E);
        LabMonth frontierLab = run.labMonths().stream()
                .filter(r -> r.month() == last && r.active() && r.deployedTopE() == frontierE)
                .findFirst().orElseThrow();
        List<ModelRecord> models = run.modelRecords();
        ModelRecord frontier = models.stream()
                .filter(m -> m.labId().equals(frontierLab.labId()) && m.released())
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(frontier.copiesAtRelease(), run.last(Metric.FRONTIER_COPIES_AT_RELEASE),
                1e-9 * frontier.copiesAtRelease());
        assertEquals(frontier.trainingShareOfLifetime(), run.last(Metric.TRAINING_SHARE_LIFETIME_FRONTIER), 1e-12);
    }

    @Test
    void sharesAndIndicesStayInTheirRanges() {
        for (int t = 0; t < run.rows().size(); t++) {
            for (Metric m : List.of(Metric.CR1, Metric.CR4, Metric.GINI_ACCESS, Metric.NO_PAID_ACCESS_SHARE,
                    Metric.MEAN_SUCCESS, Metric.TRAINING_SHARE_LIFETIME_FRONTIER, Metric.SINGLE_SITE_COMPUTE_SHARE)) {
                double v = run.at(t, m);
                assertTrue(v >= 0 && v <= 1, m.column() + " = " + v + " in month " + t);
            }
            assertTrue(run.at(t, Metric.CR1) <= run.at(t, Metric.CR4));
            double hhi = run.at(t, Metric.HHI_REVENUE);
            assertTrue(hhi >= 10_000 / run.at(t, Metric.ACTIVE_LABS) - 1e-9 && hhi <= 10_000, "hhi " + hhi);
        }
    }
}
