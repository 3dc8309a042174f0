package org.inferenceshift.metrics;

/** Computes one month's metrics row from the industry's state after settlement: every {@link Metric}'s formula. */
final class MetricsCalculator {
    private MetricsCalculator() {
    }

    /** The row of the month's facts (the recorder gathers them once, for this row and the regulator rows). */
    static MetricRow compute(MonthFacts facts) {
        Metric[] metrics = Metric.values();
        double[] values = new double[metrics.length];
        for (Metric metric : metrics) {
            values[metric.ordinal()] = metric.compute(facts);
        }
        return new MetricRow(facts.month(), values);
    }
}
