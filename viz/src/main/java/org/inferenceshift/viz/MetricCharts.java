package org.inferenceshift.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;
import org.inferenceshift.metrics.MetricRow;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;

/**
 * Live time series of every metric, one chart per {@link MetricGroup}, built from the {@link Metric}
 * registry: a metric added there appears here with its name and unit. Within a group, metrics sharing a
 * unit share a panel whose axis is labelled with that unit; the panels share the month axis.
 */
final class MetricCharts {
    private static final Color[] SERIES_COLORS = {
        new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0x9467BD),
    };
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font UNIT_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 10);
    /** Narrowest range an axis shows when all its values are zero. */
    private static final double MIN_RANGE = 1e-6;

    private final Map<Metric, XYSeries> series = new EnumMap<>(Metric.class);
    private final Map<MetricGroup, JFreeChart> charts = new EnumMap<>(MetricGroup.class);
    private final List<ChartPanel> panels = new ArrayList<>();

    MetricCharts(String startMonth) {
        for (MetricGroup group : MetricGroup.values()) {
            Map<String, List<Metric>> byUnit = new LinkedHashMap<>();
            for (Metric metric : Metric.values()) {
                if (metric.group() == group) {
                    byUnit.computeIfAbsent(panelKey(metric), u -> new ArrayList<>()).add(metric);
                }
            }
            if (byUnit.isEmpty()) {
                continue; // a group whose metrics are not in the registry yet gets no empty chart
            }
            NumberAxis months = new NumberAxis("month (0 = " + startMonth + ")");
            months.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            styleAxis(months);
            CombinedDomainXYPlot plot = new CombinedDomainXYPlot(months);
            plot.setGap(6);
            int colour = 0;
            for (Map.Entry<String, List<Metric>> unit : byUnit.entrySet()) {
                XYSeriesCollection data = new XYSeriesCollection();
                XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
                renderer.setBaseToolTipGenerator(new StandardXYToolTipGenerator());
                for (Metric metric : unit.getValue()) {
                    XYSeries s = new XYSeries(metric.column(), false, false);
                    series.put(metric, s);
                    data.addSeries(s);
                    int index = data.getSeriesCount() - 1;
                    renderer.setSeriesPaint(index, SERIES_COLORS[colour++ % SERIES_COLORS.length]);
                    renderer.setSeriesStroke(index, new BasicStroke(1.6f));
                }
                String unitName = unit.getValue().get(0).unit();
                XYPlot panel = new XYPlot(data, null, valueAxis(), renderer);
                panel.addAnnotation(unitLabel(unitName));
                panel.setBackgroundPaint(Color.WHITE);
                panel.setDomainGridlinePaint(new Color(0xDDDDDD));
                panel.setRangeGridlinePaint(new Color(0xDDDDDD));
                plot.add(panel, 1);
            }
            JFreeChart chart = new JFreeChart(group.title(), TITLE_FONT, plot, true);
            chart.setBackgroundPaint(Color.WHITE);
            LegendTitle legend = chart.getLegend();
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(AXIS_FONT);
            charts.put(group, chart);
            ChartPanel panel = new ChartPanel(chart, false, true, false, true, true);
            panel.setMinimumDrawWidth(200);
            panel.setMinimumDrawHeight(150);
            panel.setToolTipText(tooltip(group));
            panels.add(panel);
        }
    }

    /**
     * Metrics sharing a unit share a panel, except money: a $20 price and $1B of revenue are both USD/month
     * but six orders of magnitude apart, so each money metric gets a panel of its own.
     */
    private static String panelKey(Metric metric) {
        return metric.unit().startsWith("USD") ? metric.unit() + " " + metric.column() : metric.unit();
    }

    /**
     * The panel's unit, written inside its top-left corner rather than along the axis: a group chart
     * stacks up to five panels, too short for a rotated axis label.
     */
    private static XYTitleAnnotation unitLabel(String unit) {
        TextTitle title = new TextTitle(unit, UNIT_FONT);
        title.setPaint(Color.DARK_GRAY);
        title.setBackgroundPaint(new Color(255, 255, 255, 200));
        return new XYTitleAnnotation(0.005, 0.99, title, RectangleAnchor.TOP_LEFT);
    }

    /**
     * A linear axis never narrower than a tenth of its values' magnitude (see {@link #keepRangesReadable()}),
     * so a metric that stays constant is a flat line, not rounding noise.
     */
    private static ValueAxis valueAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRangeIncludesZero(false);
        styleAxis(axis);
        return axis;
    }

    private void keepRangesReadable() {
        for (JFreeChart chart : charts.values()) {
            for (Object o : ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots()) {
                XYPlot panel = (XYPlot) o;
                if (panel.getRangeAxis() instanceof NumberAxis axis) {
                    double magnitude = 0;
                    XYSeriesCollection data = (XYSeriesCollection) panel.getDataset();
                    for (int s = 0; s < data.getSeriesCount(); s++) {
                        XYSeries series = data.getSeries(s);
                        if (series.getItemCount() > 0 && Double.isFinite(series.getMaxY())) {
                            magnitude = Math.max(magnitude, Math.max(Math.abs(series.getMaxY()), Math.abs(series.getMinY())));
                        }
                    }
                    axis.setAutoRangeMinimumSize(Math.max(MIN_RANGE, magnitude / 10));
                }
            }
        }
    }

    static void styleAxis(NumberAxis axis) {
        axis.setLabelFont(AXIS_FONT);
        axis.setTickLabelFont(AXIS_FONT);
        axis.setNumberFormatOverride(new CompactNumberFormat());
    }

    private static String tooltip(MetricGroup group) {
        StringBuilder sb = new StringBuilder("<html><b>" + group.title() + "</b>");
        for (Metric metric : Metric.values()) {
            if (metric.group() == group) {
                sb.append("<br>").append(metric.label()).append(": ").append(metric.description());
            }
        }
        return sb.append("</html>").toString();
    }

    /** One chart panel per metric group with metrics, in registry order. */
    List<ChartPanel> panels() {
        return panels;
    }

    /** Appends months {@code firstMonth, firstMonth+1, ...}; month 0 starts the charts over. Swing thread only. */
    void show(int firstMonth, List<MetricRow> rows) {
        if (firstMonth == 0) {
            series.values().forEach(XYSeries::clear);
        }
        charts.values().forEach(c -> c.setNotify(false));
        for (int k = 0; k < rows.size(); k++) {
            MetricRow row = rows.get(k);
            for (Map.Entry<Metric, XYSeries> e : series.entrySet()) {
                e.getValue().add(firstMonth + k, row.value(e.getKey()), false);
            }
        }
        series.values().forEach(XYSeries::fireSeriesChanged);
        keepRangesReadable();
        charts.values().forEach(c -> c.setNotify(true));
    }

    /** The charted series of a metric (for tests and inspection). */
    XYSeries series(Metric metric) {
        return series.get(metric);
    }

    JFreeChart chart(MetricGroup group) {
        return charts.get(group);
    }
}
