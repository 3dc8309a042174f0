package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy-frontier figure groups runs.csv by scenario and design point, in the experiment's order. */
class PolicyFrontierFigureTest {
    private static final String HEADER = "run_id,scenario,point,regulators.0.policy,replicate,seed,"
            + "covered_high_capability_usage_share_mean,regulator_caseload_mean,compliance_cost_usd_mean\n";

    @Test
    void runsAreGroupedByScenarioAndPointInExperimentOrder(@TempDir Path dir) throws Exception {
        Path runs = dir.resolve("runs.csv");
        // listed as they finished, not in run order; one coverage value is NA (no high-E usage)
        Files.writeString(runs, HEADER
                + "3,era-b,0,NONE,1,2,0,0,0\n"
                + "1,era-a,1,TRAINING_THRESHOLD,1,2,0.5,2,1e7\n"
                + "0,era-a,1,TRAINING_THRESHOLD,0,1,0.7,4,3e7\n"
                + "2,era-b,0,NONE,0,1,NA,0,0\n");
        List<PolicyFrontierRuns.Point> points = PolicyFrontierFigure.read(runs);
        assertEquals(2, points.size());
        assertEquals("era-a", points.get(0).scenario());
        assertEquals("TRAINING_THRESHOLD", points.get(0).policy());
        assertArrayEquals(new double[] {0.7, 0.5}, points.get(0).of(PolicyFrontierFigure.COVERAGE), 0.0);
        assertArrayEquals(new double[] {4, 2}, points.get(0).of(PolicyFrontierFigure.CASELOAD), 0.0);
        assertArrayEquals(new double[] {0}, points.get(1).of(PolicyFrontierFigure.COVERAGE), 0.0, "the NA run is left out");
        assertEquals(2, points.get(1).runs(), "the NA run still counts as a run");
        Path png = dir.resolve("frontier.png");
        PolicyFrontierFigure.write(runs, png);
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void aRunsFileWithoutTheKeptMetricsIsRejectedWithItsName(@TempDir Path dir) throws Exception {
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, "run_id,scenario,point,regulators.0.policy\n0,a,0,NONE\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyFrontierFigure.read(runs));
        assertTrue(e.getMessage().startsWith(runs + ": no column covered_high_capability_usage_share_mean"), e.getMessage());
    }
}
