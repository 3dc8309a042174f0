package org.inferenceshift.report;

import java.util.List;

/**
 * One plot of a figure: lines that share a unit, drawn against the run's months.
 *
 * @param title  what the panel shows
 * @param unit   the y-axis label
 */
public record Panel(String title, String unit, List<Series> series) {
    public Panel {
        series = List.copyOf(series);
    }

    public boolean hasData() {
        return series.stream().anyMatch(Series::hasData);
    }

    /**
     * A logarithmic axis reads better when every value is positive and they span more than two orders of
     * magnitude (revenue, costs, copies); anything else is drawn on a linear axis.
     */
    public boolean wantsLogAxis() {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isFinite(v)) {
                    continue;
                }
                if (v <= 0) {
                    return false;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max > 0 && max / min > 100;
    }
}
