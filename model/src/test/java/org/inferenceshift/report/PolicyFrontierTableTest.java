package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy-frontier table: one row per design point, mean [p10, p90] across seeds, NA runs counted apart. */
class PolicyFrontierTableTest {
    private static final String HEADER = "run_id,scenario,point,regulators.0.policy,regulators.0.thresholdFlop,"
            + "covered_high_capability_usage_share_mean,false_negative_usage_share_mean,false_positive_models_mean,"
            + "regulator_caseload_mean,compliance_cost_usd_mean,coverage_latency_months_mean,"
            + "determined_actor_margin_E_last,regulator_frontier_gap_E_mean\n";

    @Test
    void cellsAreMeansWithPercentilesAndTheCountWhenSomeSeedsHaveNoValue(@TempDir Path dir) throws Exception {
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, HEADER
                + "0,inference-era,0,NONE,1e26,0,0.1,0,0,0,NA,3.5,0\n"
                + "1,inference-era,0,NONE,1e26,0,0.3,0,0,0,NA,2.5,0\n"
                + "3,inference-era,1,TRAINING_THRESHOLD,1e26,1.0,0,2,4,3e7,NA,1,0.1\n"
                + "2,inference-era,1,TRAINING_THRESHOLD,1e26,0.5,0,4,2,1e7,2,0,0.1\n"
                + "4,inference-era,2,TRAINING_THRESHOLD,1e27,0,0,0,0,0,NA,0,0\n");
        String md = PolicyFrontierTable.markdown(runs);
        // runs.csv holds every setting of every run: only the one swept for a policy is shown
        // two seeds: commons-math3's Percentile (default estimation, position p(n+1)/100) gives the smaller
        // value at 10 and the larger at 90; the means by hand: (0.1+0.3)/2, (3e7+1e7)/2 = $20.0M, (3.5+2.5)/2
        assertTrue(md.startsWith("#### `inference-era`\n\n| policy | main parameter | coverage |"), md);
        assertTrue(md.contains("| none | - | 0.00 [0.00, 0.00] | 0.200 [0.100, 0.300] | 0.00 [0.00, 0.00] "
                + "| 0.00 [0.00, 0.00] | 0.0 [0.0, 0.0] | NA | 3.00 [2.50, 3.50] | 0.00 [0.00, 0.00] |"), md);
        assertTrue(md.contains("| training threshold | 1e+26 FLOP | 0.75 [0.50, 1.00] | 0.000 [0.000, 0.000] "
                + "| 3.00 [2.00, 4.00] | 3.00 [2.00, 4.00] | 20.0 [10.0, 30.0] | 2.0 [2.0, 2.0] (n=1) "
                + "| 0.50 [0.00, 1.00] | 0.10 [0.10, 0.10] |"), md);
    }

    @Test
    void eachPolicysMainParameterReadsInItsUnitAndOthersAsWritten() {
        assertEquals("-", PolicyFrontierTable.parameters(Map.of()));
        assertEquals("$5.0e+08/yr", PolicyFrontierTable.parameters(Map.of("revenueThresholdUsd", "5e8")));
        assertEquals("0.5 OOM below", PolicyFrontierTable.parameters(Map.of("frontierMarginOom", "0.5")));
        assertEquals("16 evals/period", PolicyFrontierTable.parameters(Map.of("evaluationsPerPeriod", "16")));
        assertEquals("1e+24 FLOP if reasoning-trained", PolicyFrontierTable.parameters(Map.of("lowThresholdFlop", "1e24")));
        assertEquals("E >= 27", PolicyFrontierTable.parameters(Map.of("thresholdE", "27.0")));
        assertEquals("evaluated at k = 1e+05", PolicyFrontierTable.parameters(Map.of("evalMultiplier", "100000")));
        Map<String, String> two = new LinkedHashMap<>();
        two.put("monitoringSiteFlopPerMonth", "1e25");
        two.put("reviewMonths", "6");
        assertEquals("sites >= 1e+25 FLOP/mo, reviewMonths=6", PolicyFrontierTable.parameters(two));
    }

    @Test
    void aRunsFileWithoutATableColumnIsRejectedWithItsName(@TempDir Path dir) throws Exception {
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, "run_id,scenario,point,regulators.0.policy,covered_high_capability_usage_share_mean\n"
                + "0,a,0,NONE,0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyFrontierTable.markdown(runs));
        assertTrue(e.getMessage().startsWith(runs + ": no column false_negative_usage_share_mean"), e.getMessage());
    }

    @Test
    void aCellThatIsNotANumberIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, HEADER + "0,a,0,NONE,,zero,0,0,0,0,NA,0,0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyFrontierTable.markdown(runs));
        assertEquals(runs + ": line 1: covered_high_capability_usage_share_mean is not a number: zero", e.getMessage());
    }
}
