package org.inferenceshift.experiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.metrics.Metric;

/**
 * What an experiment keeps of each run: the monthly series of {@code metrics} (long-form
 * {@code timeseries.csv}) and, per metric, each of {@code statistics} ({@code runs.csv} columns named
 * {@code <metric>_<statistic>}). Everything else a run computes stays inside the task.
 */
public record KeepSpec(List<Metric> metrics, List<Statistic> statistics) implements Serializable {
    private static final long serialVersionUID = 1L;

    public KeepSpec {
        metrics = List.copyOf(metrics);
        statistics = List.copyOf(statistics);
    }

    /** The {@code runs.csv} column names of the summary values, in the order {@link RunRow#summary()} holds them. */
    public List<String> summaryColumns() {
        List<String> columns = new ArrayList<>();
        for (Metric metric : metrics) {
            for (Statistic statistic : statistics) {
                columns.add(metric.column() + "_" + statistic.key());
            }
        }
        return columns;
    }
}
