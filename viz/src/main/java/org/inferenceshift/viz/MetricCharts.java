package org.inferenceshift.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;

/**
 * Live time series of every metric: one chart per {@link ChartSet} (a metric, or a few sharing a unit and a
 * meaning), titled in words, each with its own legend when it has several lines, the unit on its value axis
 * and dates on its time axis. A chart whose values are all positive and span two orders of magnitude or more
 * (FLOP, FLOP per dollar, costs) switches to a log axis, and back when they stop.
 */
final class MetricCharts {
    /** Okabe-Ito colours: told apart with colour-vision deficiencies; a chart has at most four lines. */
    private static final Color[] SERIES_COLORS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00),
    };
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Ratio of largest to smallest value from which a chart of positive values uses a log axis. */
    static final double LOG_SPAN = 100;
    private static final int[] TICK_MONTHS = {1, 3, 6, 12, 24, 60, 120, 240};

    /** One chart: its metrics, the chart, and its two value axes (only one is on the plot at a time). */
    record View(ChartSet set, JFreeChart chart, NumberAxis linear, LogAxis log) {
        XYPlot plot() {
            return chart.getXYPlot();
        }

        boolean isLog() {
            return plot().getRangeAxis() == log;
        }
    }

    private final Map<Metric, XYSeries> series = new EnumMap<>(Metric.class);
    private final List<View> views = new ArrayList<>();
    private final MonthFormat months;

    MetricCharts(String startMonth) {
        months = new MonthFormat(YearMonth.parse(startMonth));
        for (ChartSet set : ChartSet.all()) {
            views.add(view(set));
        }
    }

    private View view(ChartSet set) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setBaseToolTipGenerator(new StandardXYToolTipGenerator("{0}, {1}: {2}", months, new SignificantFormat()));
        for (Metric metric : set.metrics()) {
            XYSeries s = new XYSeries(set.metrics().size() == 1 ? set.unit() : metric.title(), false, false);
            series.put(metric, s);
            data.addSeries(s);
            int index = data.getSeriesCount() - 1;
            renderer.setSeriesPaint(index, SERIES_COLORS[index % SERIES_COLORS.length]);
            renderer.setSeriesStroke(index, stroke(index));
        }
        NumberAxis time = new NumberAxis();
        TickUnits ticks = new TickUnits();
        for (int size : TICK_MONTHS) {
            ticks.add(new NumberTickUnit(size, months));
        }
        time.setStandardTickUnits(ticks);
        time.setAutoRangeIncludesZero(false);
        fonts(time);
        NumberAxis linear = new NumberAxis(set.unit());
        linear.setAutoRangeIncludesZero(false);
        style(linear);
        LogAxis log = new LogAxis(set.unit() + ", log scale");
        log.setBase(10);
        log.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // ticks at whole decades: 1k, 1M, 1e26
        fonts(log);
        log.setNumberFormatOverride(new CompactNumberFormat());
        XYPlot plot = new XYPlot(data, time, linear, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        boolean legend = set.metrics().size() > 1;
        JFreeChart chart = new JFreeChart(set.title(), TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemFont(AXIS_FONT);
        }
        return new View(set, chart, linear, log);
    }

    /**
     * Solid for the first two lines, then dashed and dotted: lines that coincide (the best internal model is
     * the best deployed one until a lab holds a model back) stay visible one over the other.
     */
    private static BasicStroke stroke(int index) {
        return switch (index) {
            case 0, 1 -> new BasicStroke(2f);
            case 2 -> new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f);
            default -> new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 4f}, 0f);
        };
    }

    /**
     * A value axis: the charts' fonts, compact tick labels, and tick sizes from 1e-9 to 1e33 (JFreeChart's
     * standard ones stop near 1e10, which left FLOP and FLOP-per-dollar axes without a single label).
     */
    static void style(NumberAxis axis) {
        fonts(axis);
        TickUnits units = new TickUnits();
        CompactNumberFormat format = new CompactNumberFormat();
        for (int exponent = -9; exponent <= 33; exponent++) {
            for (int step : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(step * Math.pow(10, exponent), format));
            }
        }
        axis.setStandardTickUnits(units);
    }

    private static void fonts(ValueAxis axis) {
        axis.setLabelFont(AXIS_FONT);
        axis.setTickLabelFont(AXIS_FONT);
    }

    /** Hover text of a chart: each metric's title, its column name in the files, unit and meaning. */
    static String tooltip(ChartSet set) {
        StringBuilder sb = new StringBuilder("<html><b>").append(set.title()).append("</b>");
        for (Metric metric : set.metrics()) {
            sb.append("<br><b>").append(metric.title()).append("</b> (<tt>").append(metric.column()).append("</tt>, ")
                    .append(metric.unit()).append("): ").append(metric.description());
        }
        return sb.append("</html>").toString();
    }

    List<View> views() {
        return views;
    }

    /**
     * Appends months {@code firstMonth, firstMonth+1, ...}; month 0 starts the charts over (a new run or an
     * opened checkpoint), and then every axis goes back to fitting its data, whatever a zoom had left. Swing
     * thread only.
     */
    void show(int firstMonth, List<MetricRow> rows) {
        views.forEach(v -> v.chart().setNotify(false));
        if (firstMonth == 0) {
            series.values().forEach(XYSeries::clear);
        }
        for (int k = 0; k < rows.size(); k++) {
            MetricRow row = rows.get(k);
            for (Map.Entry<Metric, XYSeries> e : series.entrySet()) {
                e.getValue().add(firstMonth + k, row.value(e.getKey()), false);
            }
        }
        series.values().forEach(XYSeries::fireSeriesChanged);
        for (View view : views) {
            fitAxes(view, firstMonth == 0);
        }
        views.forEach(v -> v.chart().setNotify(true));
    }

    /** Log or linear by the values' span; a flat or empty chart keeps a readable range, not rounding noise. */
    private void fitAxes(View view, boolean restart) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean allPositive = true;
        for (Metric metric : view.set().metrics()) {
            XYSeries s = series.get(metric);
            for (int i = 0; i < s.getItemCount(); i++) {
                double y = s.getY(i).doubleValue();
                if (Double.isFinite(y)) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                    allPositive &= y > 0;
                }
            }
        }
        boolean log = max >= min && allPositive && max / min >= LOG_SPAN;
        ValueAxis wanted = log ? view.log() : view.linear();
        if (view.plot().getRangeAxis() != wanted) {
            view.plot().setRangeAxis(wanted);
        }
        double magnitude = max >= min ? Math.max(Math.abs(min), Math.abs(max)) : 0;
        view.linear().setAutoRangeMinimumSize(magnitude > 0 ? magnitude / 10 : 1);
        if (magnitude > 0) {
            // JFreeChart picks a tick size by measuring the current one in pixels; a size of 5 on an axis near
            // 1e18 measures 0 (below double precision there) and no tick is drawn, so start near the data's scale
            view.linear().setTickUnit((NumberTickUnit) view.linear().getStandardTickUnits().getCeilingTickUnit(magnitude / 10),
                    false, false);
        }
        if (restart) {
            // The value axis fits only the points inside the time axis's current range; were the time axis
            // still zoomed (or fitted to the months before a checkpoint was opened), it would fit no point and
            // keep a stale range: so fit time first, then values, and in that order refit both.
            view.plot().getDomainAxis().setAutoRange(true);
            view.plot().getDomainAxis().configure();
            view.plot().getRangeAxis().setAutoRange(true);
            view.plot().getRangeAxis().configure();
        }
    }

    /** The charted series of a metric (for tests and inspection). */
    XYSeries series(Metric metric) {
        return series.get(metric);
    }

    View view(Metric metric) {
        return views.stream().filter(v -> v.set().metrics().contains(metric)).findFirst().orElseThrow();
    }

    /** Values to three significant figures with B/M/k, for point tooltips. */
    private static final class SignificantFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Formats.significant(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null;
        }
    }
}
