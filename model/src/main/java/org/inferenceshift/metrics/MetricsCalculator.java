package org.inferenceshift.metrics;

import java.util.List;
import org.inferenceshift.scenario.Scenario;

/** Computes one month's metrics row from the industry's state after settlement: every {@link Metric}'s formula. */
final class MetricsCalculator {
    private MetricsCalculator() {
    }

    /**
     * @param labMonths          the lab-month history, this month's rows included
     * @param firstRow  the run's first metrics row; null during the first month
     * @param previousRow last month's metrics row; null during the first month
     */
    static MetricRow compute(MeasuredIndustry industry, Scenario scenario, List<LabMonth> labMonths,
                             MetricRow firstRow, MetricRow previousRow) {
        MonthFacts facts = MonthFacts.of(industry, scenario, labMonths, firstRow, previousRow);
        Metric[] metrics = Metric.values();
        double[] values = new double[metrics.length];
        for (Metric metric : metrics) {
            values[metric.ordinal()] = metric.compute(facts);
        }
        return new MetricRow(facts.month(), values);
    }
}
