package org.inferenceshift.metrics;

import java.io.Serializable;
import java.util.function.ToDoubleFunction;

/**
 * One month's value of every {@link Metric}: a row of {@code timeseries.csv}. Immutable; the values sit in
 * one primitive array (a few dozen doubles), read by metric, never boxed.
 */
public final class MetricRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int month;
    /** Indexed by {@link Metric#ordinal()}; never handed out, so the row cannot change. */
    private final double[] values;

    /** @param values one per metric in registry order; the row keeps this array, so the caller must not */
    MetricRow(int month, double[] values) {
        if (values.length != Metric.values().length) {
            throw new IllegalArgumentException(values.length + " values for " + Metric.values().length + " metrics");
        }
        this.month = month;
        this.values = values;
    }

    /** A row whose value of each metric is {@code value.applyAsDouble(metric)} (for tools and tests). */
    public static MetricRow of(int month, ToDoubleFunction<Metric> value) {
        double[] values = new double[Metric.values().length];
        for (Metric metric : Metric.values()) {
            values[metric.ordinal()] = value.applyAsDouble(metric);
        }
        return new MetricRow(month, values);
    }

    /** The month of the run this row measures (0 is the first). */
    public int month() {
        return month;
    }

    public double value(Metric metric) {
        return values[metric.ordinal()];
    }
}
