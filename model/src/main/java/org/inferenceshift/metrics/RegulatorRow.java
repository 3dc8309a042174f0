package org.inferenceshift.metrics;

import java.io.Serializable;

/**
 * One regulator in one month: a row of {@code regulators.csv}. The regulation columns of
 * {@code timeseries.csv} combine these over regulators (see {@code docs/METRICS.md}): caseload, evaluations
 * started and compliance cost are sums, latency is the count-weighted mean, the frontier gap is the smallest
 * gap; coverage and false-negative shares are shares of the whole market, so they sum to the totals when each
 * region has at most one regulator; false positives count models this regulator covers, so the total (a model
 * any regulator covers) lies between the largest and the sum.
 *
 * @param regulator                        the regulator's index in the scenario's {@code regulators}
 * @param modelsCovered                    deployed models it covers this month
 * @param evaluationsRunning               its capability evaluations in progress
 * @param caseload                         modelsCovered + evaluationsRunning
 * @param coveredHighCapabilityUsageShare  of all queries served at E &gt;= dangerE (every region), the share
 *                                         its region's users get from labs it covers (NaN: no such usage)
 * @param falseNegativeUsageShare          of all queries, the share its region's users get at E &gt;= dangerE
 *                                         from labs it does not cover (NaN: no queries)
 * @param falsePositiveModels              models it covers whose top-tier E is below dangerE
 * @param latencyMonthsSum                 release-to-coverage months summed over models it first covered
 * @param latencyCount                     how many such models ({@code coverageLatencyMonths} is the mean)
 * @param visibleE                         best E at k = 1 it sees at its review (NaN: none)
 * @param frontierGapE                     the true frontier less visibleE (NaN: it sees nothing)
 */
public record RegulatorRow(
        int month,
        int regulator,
        String regulatorId,
        String policy,
        int modelsCovered,
        int evaluationsStarted,
        int evaluationsRunning,
        int caseload,
        double coveredHighCapabilityUsageShare,
        double falseNegativeUsageShare,
        int falsePositiveModels,
        double complianceCostUsd,
        double latencyMonthsSum,
        int latencyCount,
        double visibleE,
        double frontierGapE) implements Serializable {

    /** Mean months from release to first coverage of the models it first covered this month (NaN: none). */
    public double coverageLatencyMonths() {
        return latencyCount > 0 ? latencyMonthsSum / latencyCount : Double.NaN;
    }
}
