package org.inferenceshift.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The scaling curve as one PNG, drawn off screen with XChart: on the left, time per user-step against
 * the number of users (log axis) for a whole month of the model, the user pass alone and the bare
 * kernel; on the right, the model/kernel ratio with the target of 2 as a dashed line.
 */
public final class ScalingChart {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 560;
    private static final Color MODEL = new Color(0x0072B2);
    private static final Color PASS = new Color(0x009E73);
    private static final Color KERNEL = new Color(0xD55E00);
    private static final Color TARGET = new Color(0x999999);

    private ScalingChart() {
    }

    public static void write(List<SizeResult> sizes, String subtitle, Path png) throws IOException {
        double[] users = new double[sizes.size()];
        double[] step = new double[sizes.size()];
        double[] pass = new double[sizes.size()];
        double[] kernel = new double[sizes.size()];
        double[] stepRatio = new double[sizes.size()];
        double[] passRatio = new double[sizes.size()];
        for (int i = 0; i < sizes.size(); i++) {
            SizeResult r = sizes.get(i);
            users[i] = r.users();
            step[i] = r.stepNs();
            pass[i] = r.passNs();
            kernel[i] = r.kernelNs();
            stepRatio[i] = r.stepOverKernel();
            passRatio[i] = r.passOverKernel();
        }
        XYChart times = chart("Time per user-step (" + subtitle + ")", "ns per user per month");
        line(times, "model, whole month", users, step, MODEL, 3f);
        line(times, "model, user pass only", users, pass, PASS, 2f);
        line(times, "bare kernel", users, kernel, KERNEL, 2f);
        times.getStyler().setYAxisMin(0.0);

        XYChart ratio = chart("Model / bare kernel", "ratio of times per user-step");
        line(ratio, "whole month / kernel", users, stepRatio, MODEL, 3f);
        line(ratio, "user pass / kernel", users, passRatio, PASS, 2f);
        XYSeries target = ratio.addSeries("target (2)", new double[] {users[0], users[users.length - 1]},
                new double[] {2, 2});
        target.setLineColor(TARGET);
        target.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {8f, 6f}, 0f));
        target.setMarker(SeriesMarkers.NONE);
        ratio.getStyler().setYAxisMin(0.0);
        for (XYChart chart : new XYChart[] {times, ratio}) {
            // room around the first and last size, so their decade ticks are drawn
            chart.getStyler().setXAxisMin(users[0] / 1.5);
            chart.getStyler().setXAxisMax(users[users.length - 1] * 1.5);
        }
        ratio.getStyler().setYAxisMax(Math.max(3.0, Math.ceil(max(stepRatio) + 0.5)));

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            times.paint(g, WIDTH / 2, HEIGHT);
            Graphics2D right = (Graphics2D) g.create(WIDTH / 2, 0, WIDTH / 2, HEIGHT);
            try {
                ratio.paint(right, WIDTH / 2, HEIGHT);
            } finally {
                right.dispose();
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH / 2).height(HEIGHT).title(title)
                .xAxisTitle("simulated users (log scale)").yAxisTitle(yTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setXAxisLogarithmic(true);
        styler.setXAxisDecimalPattern("#,###");
        styler.setYAxisDecimalPattern("0.0");
        styler.setMarkerSize(8);
        styler.setLocale(Locale.ROOT);
        return chart;
    }

    private static void line(XYChart chart, String name, double[] x, double[] y, Color color, float width) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineStyle(new BasicStroke(width));
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
