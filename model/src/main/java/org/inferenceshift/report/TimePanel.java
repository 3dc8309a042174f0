package org.inferenceshift.report;

import java.util.Arrays;
import java.util.List;
import org.inferenceshift.figure.Axis;
import org.inferenceshift.figure.Colour;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Line;
import org.inferenceshift.figure.Marker;
import org.inferenceshift.figure.Panel;
import org.inferenceshift.figure.Placeholder;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Stroke;
import org.inferenceshift.figure.Style;
import org.inferenceshift.figure.TextStyle;
import org.inferenceshift.figure.Ticks;

/**
 * One panel of a run figure: lines that share a unit, one value per month against the months as decimal
 * years, drawn in the run figures' look (Okabe-Ito colours, solid, dashed, dotted lines).
 *
 * @param title  what the panel shows
 * @param unit   the y-axis label
 * @param years  the months of the run as decimal years
 * @param series name and monthly values of each line (NaN where the quantity is undefined)
 */
record TimePanel(String title, String unit, double[] years, List<Series> series) {
    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final String NO_DATA = "no value in any month of this run (NA throughout)";
    /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final List<Colour> PALETTE = List.of(Colour.of(0x0072B2), Colour.of(0xD55E00), Colour.of(0x009E73),
            Colour.of(0xCC79A7), Colour.of(0xE69F00), Colour.of(0x56B4E9), Colour.of(0x000000), Colour.of(0x999999));
    static final Style STYLE = new Style(Colour.of(0xBBBBBB), Colour.of(0xEBEBEB), Stroke.solid(0.8f),
            TextStyle.plain(13), TextStyle.plain(12), TextStyle.plain(12), Colour.WHITE, 6, PALETTE);
    /** Solid, dashed, dotted...: lines that coincide stay distinguishable, in colour and in grey print. */
    private static final List<Stroke> LINES = List.of(Stroke.solid(3.5f), Stroke.dashed(2.5f, 9f, 5f),
            Stroke.dashed(2f, 3f, 3f), Stroke.dashed(2f, 12f, 4f, 3f, 4f));

    TimePanel {
        series = List.copyOf(series);
    }

    /** A line's name and its value in each month. */
    record Series(String name, double[] values) {
        boolean hasData() {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    boolean hasData() {
        return series.stream().anyMatch(Series::hasData);
    }

    /** The plot of the lines with data, or a placeholder saying there is none. */
    Panel panel() {
        if (!hasData()) {
            return new Placeholder(WIDTH, HEIGHT, title, NO_DATA);
        }
        List<Series> withData = series.stream().filter(Series::hasData).toList();
        boolean log = wantsLogAxis();
        Plot.Builder plot = Plot.builder(WIDTH, HEIGHT, title).shortenTitle().style(STYLE)
                .x(Axis.linear("Month").withTicks(Ticks.DATES))
                .y(flatRange(Axis.linear(unit).withLog(log).withTicks(Ticks.NUMBERS), withData))
                .legend(new Legend(Legend.Place.BELOW, withData.size() > 1, true));
        for (int i = 0; i < withData.size(); i++) {
            Series s = withData.get(i);
            plot.add(new Line(s.name(), Arrays.copyOf(years, s.values().length), s.values(), null,
                    LINES.get(i % LINES.size()), hasIsolatedPoint(s.values()) ? Marker.CIRCLE : Marker.NONE, true));
        }
        return plot.build();
    }

    /**
     * A logarithmic axis reads better when every value is positive and they span more than two orders of
     * magnitude (revenue, costs, copies); anything else is drawn on a linear axis.
     */
    boolean wantsLogAxis() {
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

    /**
     * A series that never moves (or moves by rounding noise only) would make the axis zoom into the
     * noise; give it a range around its value instead.
     */
    static Axis flatRange(Axis axis, List<Series> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series line : series) {
            for (double v : line.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double scale = Math.max(Math.abs(max), Math.abs(min));
        if (max - min > 1e-9 * Math.max(scale, 1e-12)) {
            return axis;
        }
        if (axis.log()) {
            return axis.withRange(min / 10, max * 10);
        }
        if (min >= 0 && max <= 1) {
            // shares, probabilities and 0/1 counts: show them against the whole unit interval
            return axis.withRange(0.0, 1.1);
        }
        return axis.withRange(Math.min(0, 2 * min), Math.max(0, 2 * max));
    }

    /** A finite value with no finite neighbour is invisible as a line, so such series get markers. */
    static boolean hasIsolatedPoint(double[] v) {
        for (int t = 0; t < v.length; t++) {
            boolean before = t > 0 && Double.isFinite(v[t - 1]);
            boolean after = t + 1 < v.length && Double.isFinite(v[t + 1]);
            if (Double.isFinite(v[t]) && !before && !after) {
                return true;
            }
        }
        return false;
    }
}
