package org.inferenceshift.metrics;

import java.util.List;
import org.inferenceshift.sim.IndustryModel;

/** Computes one month's metrics row from the model's state after settlement: every {@link Metric}'s formula. */
final class MetricsCalculator {
    private MetricsCalculator() {
    }

    /** @param labMonths the lab-month history, this month's rows included */
    static double[] compute(IndustryModel model, List<LabMonth> labMonths) {
        MonthFacts facts = MonthFacts.of(model, labMonths);
        Metric[] metrics = Metric.values();
        double[] row = new double[metrics.length];
        for (Metric metric : metrics) {
            row[metric.ordinal()] = metric.compute(facts);
        }
        return row;
    }
}
