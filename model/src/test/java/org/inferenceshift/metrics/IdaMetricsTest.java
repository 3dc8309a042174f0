package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.Test;

/** The metrics of inference-during-training and of internal models leading deployed ones. */
class IdaMetricsTest {

    /**
     * One lab, two-month iterations that cost next to nothing, never fail, have no noise and never stop: an
     * iteration starts in month 0 and every two months after, so by month t floor(t/2) have finished and the
     * internal gain is 2 (1 - 0.95^floor(t/2)) (each closes gainPerIterationE/ceiling = 0.1/2 of the gap).
     * Released at 0.5 ahead: in month 12 (6 iterations, 0.530) the lab releases 0.530, and the next release
     * would need 1.030 internally (15 iterations, month 30, after the horizon).
     */
    @Test
    void theIdaGainFollowsTheHandComputedLadder() {
        RunResult r = HeadlessRun.run(TestScenarios.parse("""
                { "horizonMonths": 24, "population": { "agents": 200 }, "entry": { "entrantsPerYear": 0 },
                  "ida": { "enabled": true, "monthsPerIteration": 2, "samplesPerIteration": 1, "tokensPerSample": 1,
                           "failureProbability": 0, "gainNoise": 0, "stopping": "NEVER" },
                  "labDefaults": { "allocationStrategy": "FIXED", "allocation": { "pre": 0.4, "post": 0.1, "inference": 0.4, "ida": 0.1 } },
                  "labs": [ { "id": "a", "initialUserShare": 0.5 } ] }
                """), 1);
        for (int t = 0; t < r.rows().size(); t++) {
            int done = t / 2;
            double internal = 2 * (1 - Math.pow(0.95, done));
            assertEquals(internal, r.at(t, Metric.IDA_GAIN_INTERNAL_E), 1e-12, "month " + t);
            assertEquals(done, r.at(t, Metric.IDA_ITERATIONS), 0, "month " + t);
            assertEquals(1, r.at(t, Metric.IDA_LABS_ITERATING), 0, "one always running, month " + t);
            assertEquals(t >= 12 ? 2 * (1 - Math.pow(0.95, 6)) : 0, r.at(t, Metric.IDA_GAIN_DEPLOYED_E), 1e-12,
                    "month " + t);
            if (done > 0) {
                assertEquals(0, r.at(t, Metric.IDA_FAILED_SHARE), 0);
            }
        }
    }

    @Test
    void leadMonthsCountTheMonthsInARowAnInternalModelLeadsAndCountersMatchLabsCsv() {
        RunResult r = HeadlessRun.run(TestScenarios.small(1_000, 48,
                "\"ida\": { \"enabled\": true, \"monthsPerIteration\": 1, \"deployGapE\": 1 },"
                        + " \"labDefaults\": { \"allocation\": { \"pre\": 0.3, \"post\": 0.1, \"inference\": 0.5, \"ida\": 0.1 } }"), 1);
        double leadMax = 0;
        for (int t = 0; t < r.rows().size(); t++) {
            double gap = r.at(t, Metric.MAX_INTERNAL_E) - r.at(t, Metric.MAX_DEPLOYED_E);
            double previous = t == 0 ? 0 : r.at(t - 1, Metric.INTERNAL_LEAD_MONTHS);
            assertEquals(gap > 1e-9 ? previous + 1 : 0, r.at(t, Metric.INTERNAL_LEAD_MONTHS), 0, "month " + t);
            leadMax = Math.max(leadMax, r.at(t, Metric.INTERNAL_LEAD_MONTHS));
            final int month = t;
            int iterations = r.labMonths().stream().filter(m -> m.month() == month).mapToInt(LabMonth::idaIterations).sum();
            assertEquals(iterations, r.at(t, Metric.IDA_ITERATIONS), 0, "month " + t);
            double internal = r.labMonths().stream().filter(m -> m.month() == month && m.active())
                    .mapToDouble(LabMonth::idaInternalE).max().orElse(0);
            assertEquals(internal, r.at(t, Metric.IDA_GAIN_INTERNAL_E), 0, "month " + t);
        }
        assertTrue(leadMax >= 2, "an internal lead lasting months: " + leadMax);
    }
}
