package org.inferenceshift.regulation;

import java.io.Serializable;

/**
 * One regulator's month: models covered, of which newly covered, the sum of their release-to-coverage
 * latencies (months; over newly covered released models), compliance labs paid it, evaluations started and
 * running, and what the evaluations started cost it.
 */
public record RegulatorMonth(int covered, int newlyCovered, double latencyMonthsSum, int latencyCount,
                             double complianceUsd, int evaluationsStarted, int evaluationsRunning,
                             double evaluationUsd) implements Serializable {
    public static final RegulatorMonth EMPTY = new RegulatorMonth(0, 0, 0, 0, 0, 0, 0, 0);

    static RegulatorMonth start(int evaluationsStarted, int evaluationsRunning, double evaluationUsd) {
        return new RegulatorMonth(0, 0, 0, 0, 0, evaluationsStarted, evaluationsRunning, evaluationUsd);
    }

    RegulatorMonth withCovered(boolean newly, double latencyMonths) {
        boolean counted = !Double.isNaN(latencyMonths);
        return new RegulatorMonth(covered + 1, newlyCovered + (newly ? 1 : 0),
                latencyMonthsSum + (counted ? latencyMonths : 0), latencyCount + (counted ? 1 : 0), complianceUsd,
                evaluationsStarted, evaluationsRunning, evaluationUsd);
    }

    RegulatorMonth withCompliance(double usd) {
        return new RegulatorMonth(covered, newlyCovered, latencyMonthsSum, latencyCount, complianceUsd + usd,
                evaluationsStarted, evaluationsRunning, evaluationUsd);
    }
}
