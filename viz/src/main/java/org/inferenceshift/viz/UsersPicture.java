package org.inferenceshift.viz;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.inferenceshift.users.Population;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.ui.RectangleEdge;

/**
 * A picture of inequality: each dot is a sampled user, placed by monthly income (log scale) and the
 * capability it received this month, coloured by the lab it uses (grey: the outside option). A flat
 * cloud means everyone gets the same model; a rising one means capability is bought with income.
 */
final class UsersPicture {
    private static final double DOT = 3.5;

    private final DefaultXYDataset data = new DefaultXYDataset();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartPanel panel;
    private int points;

    UsersPicture(int sampleUsers) {
        LogAxis income = new LogAxis("income (USD/month)");
        income.setSmallestValue(1);
        income.setDefaultAutoRange(new Range(100, 100_000)); // before the first month, an empty but sensible axis
        income.setLabelFont(MetricCharts.AXIS_FONT);
        income.setTickLabelFont(MetricCharts.AXIS_FONT);
        NumberAxis capability = new NumberAxis("capability received, E (OOM)");
        capability.setAutoRangeIncludesZero(false);
        MetricCharts.style(capability);
        plot = new XYPlot(data, income, capability, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        chart = new JFreeChart("Users: income vs capability received",
                MetricCharts.TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(MetricCharts.AXIS_FONT);
        panel = new ChartPanel(chart, false, true, false, true, true);
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        panel.setToolTipText("<html>Each dot is one of " + sampleUsers + " sampled users: income (log scale) against the capability E it received"
                + "<br>this month (mixed by its share of reasoning tasks), coloured by lab; grey = outside option.</html>");
    }

    ChartPanel panel() {
        return panel;
    }

    /** Draws the sample, one series per lab (named by {@code labIds}) plus the outside option. Swing thread only. */
    void show(UserSample sample, List<String> labIds) {
        chart.setNotify(false);
        while (data.getSeriesCount() > 0) {
            data.removeSeries(data.getSeriesKey(0));
        }
        LegendItemCollection legend = new LegendItemCollection();
        addSeries(sample, Population.OUTSIDE, "outside option", LabColors.OUTSIDE, legend);
        for (int lab = 0; lab < labIds.size(); lab++) {
            addSeries(sample, lab, labIds.get(lab), LabColors.of(lab), legend);
        }
        plot.setFixedLegendItems(legend);
        points = sample.size();
        chart.setNotify(true);
    }

    private void addSeries(UserSample sample, int lab, String name, Color colour, LegendItemCollection legend) {
        int n = 0;
        for (int l : sample.lab()) {
            if (l == lab) {
                n++;
            }
        }
        double[][] xy = new double[2][n];
        int k = 0;
        for (int j = 0; j < sample.size(); j++) {
            if (sample.lab()[j] == lab) {
                xy[0][k] = Math.max(1, sample.incomeUsdPerMonth()[j]);
                xy[1][k] = sample.receivedE()[j];
                k++;
            }
        }
        Ellipse2D dot = new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);
        legend.add(new LegendItem(name, null, null, null, new Ellipse2D.Double(-4, -4, 8, 8), colour));
        if (n == 0) {
            return;
        }
        data.addSeries(name, xy);
        int index = data.indexOf(name);
        // translucent dots: where many users sit on the same option the colour deepens
        renderer.setSeriesPaint(index, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 150));
        renderer.setSeriesShape(index, dot);
    }

    /** Users drawn in the last update (for tests). */
    int points() {
        return points;
    }
}
