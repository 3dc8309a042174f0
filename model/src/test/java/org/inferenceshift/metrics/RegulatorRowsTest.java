package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The per-regulator rows combine, month by month, into the summed regulation columns of timeseries.csv. */
class RegulatorRowsTest {

    /** Two regions, one regulator each: a cheap training threshold in "eu", a capability office in "us". */
    private static RunResult twoRegulators() {
        Scenario scenario = TestScenarios.small(4_000, 24, """
                "capability": { "dangerE": 24 },
                "regions": [ { "name": "eu", "share": 0.4 }, { "name": "us", "share": 0.6 } ],
                "regulators": [
                  { "id": "eu-office", "region": "eu", "policy": "TRAINING_THRESHOLD", "thresholdFlop": 1.0e24,
                    "complianceFixedUsd": 1.0e6, "releaseDelayMonths": 0 },
                  { "id": "us-office", "region": "us", "policy": "CAPABILITY_DESIGNATION", "thresholdE": 25,
                    "evaluationsPerPeriod": 1, "reviewPeriodMonths": 6, "evaluationMonths": 2,
                    "complianceFixedUsd": 3.0e6 } ]
                """);
        return HeadlessRun.run(scenario, 1);
    }

    private static List<RegulatorRow> month(RunResult result, int month) {
        List<RegulatorRow> rows = new ArrayList<>();
        for (RegulatorRow r : result.regulatorRows()) {
            if (r.month() == month) {
                rows.add(r);
            }
        }
        return rows;
    }

    @Test
    void perRegulatorValuesCombineIntoTheTotals() {
        RunResult result = twoRegulators();
        assertEquals(2 * result.months(), result.regulatorRows().size(), "one row per regulator per month");
        boolean sawCoverage = false;
        boolean sawCaseload = false;
        for (int t = 0; t < result.months(); t++) {
            List<RegulatorRow> rows = month(result, t);
            assertEquals(List.of("eu-office", "us-office"), rows.stream().map(RegulatorRow::regulatorId).toList());
            double caseload = 0;
            double evaluations = 0;
            double compliance = 0;
            double latencySum = 0;
            int latencyCount = 0;
            double covered = 0;
            double missed = 0;
            int fpSum = 0;
            int fpMax = 0;
            double gapMin = Double.NaN;
            for (RegulatorRow r : rows) {
                assertEquals(r.modelsCovered() + r.evaluationsRunning(), r.caseload());
                caseload += r.caseload();
                evaluations += r.evaluationsStarted();
                compliance += r.complianceCostUsd();
                latencySum += r.latencyMonthsSum();
                latencyCount += r.latencyCount();
                covered += r.coveredHighCapabilityUsageShare();
                missed += r.falseNegativeUsageShare();
                fpSum += r.falsePositiveModels();
                fpMax = Math.max(fpMax, r.falsePositiveModels());
                if (!Double.isNaN(r.frontierGapE())) {
                    gapMin = Double.isNaN(gapMin) ? r.frontierGapE() : Math.min(gapMin, r.frontierGapE());
                }
            }
            String at = "month " + t;
            assertEquals(result.at(t, Metric.REGULATOR_CASELOAD), caseload, 0.0, at);
            assertEquals(result.at(t, Metric.EVALUATIONS_STARTED), evaluations, 0.0, at);
            assertEquals(result.at(t, Metric.COMPLIANCE_COST_USD), compliance, 1e-9 * Math.max(1, compliance), at);
            assertEquals(result.at(t, Metric.COVERAGE_LATENCY_MONTHS),
                    latencyCount > 0 ? latencySum / latencyCount : Double.NaN, 1e-12, at);
            // one regulator per region: the market-wide shares of each region's regulator add up
            assertEquals(result.at(t, Metric.COVERED_HIGH_CAPABILITY_USAGE_SHARE), covered, 1e-12, at);
            assertEquals(result.at(t, Metric.FALSE_NEGATIVE_USAGE_SHARE), missed, 1e-12, at);
            // a model both cover is one false positive in the total and one in each regulator's row
            double fp = result.at(t, Metric.FALSE_POSITIVE_MODELS);
            assertTrue(fp >= fpMax && fp <= fpSum, at + ": " + fp + " not in [" + fpMax + ", " + fpSum + "]");
            // the total gap is the true frontier less the best any regulator sees: the smallest gap
            assertEquals(result.at(t, Metric.REGULATOR_FRONTIER_GAP_E), gapMin, 1e-12, at);
            sawCoverage |= covered > 0;
            sawCaseload |= caseload > 0 && evaluations > 0;
        }
        assertTrue(sawCoverage, "some month has covered high-capability usage (the test is not vacuous)");
        assertTrue(sawCaseload, "some month has cases and evaluations (the test is not vacuous)");
    }

    @Test
    void aRunWithoutRegulatorsHasNoRegulatorRows() {
        RunResult result = HeadlessRun.run(TestScenarios.small(2_000, 6, ""), 1);
        assertTrue(result.regulatorRows().isEmpty());
    }
}
