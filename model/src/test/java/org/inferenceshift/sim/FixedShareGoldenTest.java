package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricRow;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * FIXED_SHARE capacity planning is the rule the model had before capacity became a decision, kept bit for
 * bit (with the tiers' inference fixed and revised only by new tiers, the rules before issue 16 item 2, so that
 * the runs are the old ones): the digests below were computed by this test's {@link #digest} on the code before the change
 * (commit 4add7c9, main just before the capacity branch was merged, with the hard plateau, distilled models and
 * serving efficiency, where every lab bought its allocation's inference share as capacity; first computed on
 * d377554 on the capacity branch), over every
 * lab-month's money and serving figures and the metrics that existed then.
 */
class FixedShareGoldenTest {

    /** The metrics of commit 4add7c9 the digest reads (new metrics are not part of the old behaviour). */
    private static final List<Metric> OLD_METRICS = List.of(Metric.HHI_REVENUE, Metric.HHI_USERS, Metric.ACTIVE_LABS,
            Metric.MEAN_SUCCESS, Metric.TIERS_OFFERED, Metric.K_MAX, Metric.MEAN_PRICE_PAID, Metric.REVENUE_TOTAL,
            Metric.MARGINAL_COST_SHARE, Metric.SPEND_SHARE_INFERENCE, Metric.MEAN_THROTTLE, Metric.MAX_DEPLOYED_E,
            Metric.RUNS_BELOW_THRESHOLD);

    /**
     * Issue 18's users switched off (no adoption here, switching cost 0 and one free outside option in the
     * scenarios; technical share 0, so no technical users are drawn; no API market): the old runs.
     */
    private static final String OLD_USERS = ", \"initialAdopterShare\": 1, \"technicalShare\": 0";

    /** ConservationTest's churny world: raises, exits and entrants (entrants take labDefaults' planning). */
    static Scenario churny(String planning) {
        return TestScenarios.small(3_000, 48, OLD_USERS,
                "\"choice\": { \"switchingCost\": 0, \"splitOutsideOption\": false }, \"api\": { \"enabled\": false }, \"finance\": { \"raiseIntervalMonths\": 3, \"exitAfterNegativeMonths\": 2 },"
                        + " \"entry\": { \"entrantsPerYear\": 6 },"
                        + " \"labDefaults\": { \"fixedCostUsdPerMonth\": 9.0e7, \"capacityPlanning\": \"" + planning + "\","
                        + " \"tierInference\": \"FIXED\", \"inferenceRevision\": \"NEW_TIERS_ONLY\" }");
    }

    /** A training threshold, so labs that stop their runs divert training money to capacity. */
    static Scenario threshold(String planning) {
        return TestScenarios.shipped("policy-training-threshold", Map.of("population.agents", "3000",
                "horizonMonths", "60", "labDefaults.capacityPlanning", "\"" + planning + "\"",
                "labDefaults.tierInference", "\"FIXED\"", "labDefaults.inferenceRevision", "\"NEW_TIERS_ONLY\"",
                "choice.switchingCost", "0", "choice.splitOutsideOption", "false", "population.initialAdopterShare", "1",
                "population.technicalShare", "0", "api.enabled", "false"));
    }

    @Test
    void fixedShareReproducesTheOldRunsBitForBit() throws Exception {
        assertEquals("2eba1e9922ba7ccc870f38fd9431b9555cf9a951f77d7077e0a477b247b724b4",
                digest(HeadlessRun.run(churny("FIXED_SHARE"), 1)));
        assertEquals("9e0aa7c0c1d2ae7e4d3001f0efcfadfc3e684fe7ed6cbe2e8d9e1720c715ddcc",
                digest(HeadlessRun.run(threshold("FIXED_SHARE"), 1)));
    }

    @Test
    void demandForecastIsAnotherRun() throws Exception {
        // the digest can tell runs apart: the default planning is not the old rule
        assertNotEquals("2eba1e9922ba7ccc870f38fd9431b9555cf9a951f77d7077e0a477b247b724b4",
                digest(HeadlessRun.run(churny("DEMAND_FORECAST"), 1)));
    }

    static String digest(RunResult r) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8);
        java.util.function.DoubleConsumer put = v -> {
            b.clear();
            b.putLong(Double.doubleToLongBits(v));
            sha.update(b.array());
        };
        for (LabMonth m : r.labMonths()) {
            put.accept(m.month());
            put.accept(m.cashUsd());
            put.accept(m.revenueUsd());
            put.accept(m.spendUsd());
            put.accept(m.raisedUsd());
            put.accept(m.subscribers());
            put.accept(m.allocationPre());
            put.accept(m.allocationInference());
            put.accept(m.capacityFlop());
            put.accept(m.demandFlop());
            put.accept(m.throttle());
            put.accept(m.deployedTopE());
            put.accept(m.tiers());
            put.accept(m.maxPaidPriceUsd());
            put.accept(m.maxMultiplier());
        }
        for (MetricRow row : r.rows()) {
            for (Metric metric : OLD_METRICS) {
                put.accept(row.value(metric));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
