package org.inferenceshift.experiment;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * How one run's monthly series of a metric is reduced to the single number {@code runs.csv} carries.
 * Months where a metric is undefined (NaN, written "NA") are left out; a series with no defined month
 * gives NA.
 */
public enum Statistic {
    FIRST("Value in the first month."),
    LAST("Value in the last month (end of the horizon)."),
    MEAN("Mean over all months."),
    FINAL_YEAR("Mean over the last 12 months (the final year of the horizon; every month if the run is shorter)."),
    MIN("Smallest monthly value."),
    MAX("Largest monthly value.");

    /** Months averaged by {@link #FINAL_YEAR}. */
    public static final int YEAR_MONTHS = 12;

    private final String description;

    Statistic(String description) {
        this.description = description;
    }

    /** The name used in experiment files and as the suffix of {@code runs.csv} columns. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public double of(double[] series) {
        double[] months = this == FINAL_YEAR
                ? Arrays.copyOfRange(series, Math.max(0, series.length - YEAR_MONTHS), series.length) : series;
        double[] defined = Arrays.stream(months).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length == 0) {
            return Double.NaN;
        }
        return switch (this) {
            case FIRST -> defined[0];
            case LAST -> defined[defined.length - 1];
            case MEAN, FINAL_YEAR -> StatUtils.mean(defined);
            case MIN -> StatUtils.min(defined);
            case MAX -> StatUtils.max(defined);
        };
    }
}
