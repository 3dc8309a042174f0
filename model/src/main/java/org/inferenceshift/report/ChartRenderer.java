package org.inferenceshift.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link Figure} into a PNG, off screen (no window, no display needed): a title band, then its
 * panels two to a row, each an XChart line chart against decimal-year dates with its unit on the y-axis.
 * The drawing depends only on the data, so the same run gives the same bytes.
 */
public final class ChartRenderer {
    static final int PANEL_WIDTH = 640;
    static final int PANEL_HEIGHT = 360;
    static final int TITLE_HEIGHT = 64;
    private static final int COLUMNS = 2;
    /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999999)};
    private static final Color GRID = new Color(0xEBEBEB);
    private static final Color MUTED = new Color(0x555555);
    private static final String FONT = Font.SANS_SERIF;
    private static final double EPOCH_YEAR = 1970;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 14);
    private static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 12);
    /** Pixels a legend entry takes besides its text: the line sample and the gaps around it. */
    private static final int LEGEND_ENTRY_OVERHEAD = 48;
    /** XChart centres a panel title over the plot, right of the y-axis: keep it clear of both edges. */
    private static final int TITLE_MARGIN = 110;
    /** Solid, dashed, dotted...: lines that coincide stay distinguishable, in colour and in grey print. */
    private static final BasicStroke[] LINES = {
            new BasicStroke(3.5f),
            new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {9f, 5f}, 0f),
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 3f}, 0f),
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 4f, 3f, 4f}, 0f)};

    /**
     * Time axis: the first day of each month as a decimal year (days since 1970 / 365.25 + 1970). Months
     * differ in length, so the points are not equally spaced and XChart places ticks at round years
     * rather than at every n-th point.
     */
    private final double[] years;
    private final String subtitle;

    /**
     * @param start    the run's first month
     * @param months   months in the run
     * @param subtitle line under every figure's title (scenario and seed)
     */
    public ChartRenderer(YearMonth start, int months, String subtitle) {
        years = new double[months];
        for (int m = 0; m < months; m++) {
            years[m] = EPOCH_YEAR + start.plusMonths(m).atDay(1).toEpochDay() / DAYS_PER_YEAR;
        }
        this.subtitle = subtitle;
    }

    public byte[] png(Figure figure) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(render(figure), "png", out);
        return out.toByteArray();
    }

    BufferedImage render(Figure figure) {
        List<Panel> panels = figure.panels();
        int columns = Math.min(COLUMNS, Math.max(1, panels.size()));
        int rows = (panels.size() + columns - 1) / columns;
        int width = columns * PANEL_WIDTH;
        int height = TITLE_HEIGHT + Math.max(1, rows) * PANEL_HEIGHT;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            drawTitle(g, figure.title(), width);
            for (int i = 0; i < panels.size(); i++) {
                Graphics2D pg = (Graphics2D) g.create((i % columns) * PANEL_WIDTH,
                        TITLE_HEIGHT + (i / columns) * PANEL_HEIGHT, PANEL_WIDTH, PANEL_HEIGHT);
                try {
                    drawPanel(pg, panels.get(i), PANEL_WIDTH);
                } finally {
                    pg.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawTitle(Graphics2D g, String title, int width) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(FONT, Font.BOLD, 22));
        g.drawString(title, 16, 30);
        g.setColor(MUTED);
        g.setFont(new Font(FONT, Font.PLAIN, 14));
        g.drawString(subtitle, 16, 52);
        g.setColor(GRID);
        g.drawLine(0, TITLE_HEIGHT - 4, width, TITLE_HEIGHT - 4);
    }

    private void drawPanel(Graphics2D g, Panel panel, int width) {
        if (!panel.hasData()) {
            drawEmptyPanel(g, panel, width);
            return;
        }
        List<Series> withData = panel.series().stream().filter(Series::hasData).toList();
        XYChart chart = new XYChartBuilder().width(width).height(PANEL_HEIGHT)
                .title(fit(g.getFontMetrics(TITLE_FONT), panel.title(), width - TITLE_MARGIN))
                .xAxisTitle("Month").yAxisTitle(panel.unit()).build();
        style(chart.getStyler(), panel);
        placeLegend(chart.getStyler(), g.getFontMetrics(LEGEND_FONT), withData, width);
        for (int i = 0; i < withData.size(); i++) {
            Series s = withData.get(i);
            double[] values = new double[s.values().length];
            for (int t = 0; t < values.length; t++) {
                values[t] = Double.isFinite(s.values()[t]) ? s.values()[t] : Double.NaN;
            }
            XYSeries line = chart.addSeries(s.name(), Arrays.copyOf(years, values.length), values);
            line.setMarker(hasIsolatedPoint(s.values()) ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            BasicStroke stroke = LINES[i % LINES.length];
            line.setLineStyle(stroke);
            line.setLineWidth(stroke.getLineWidth());
        }
        chart.getStyler().setLegendVisible(withData.size() > 1);
        fixFlatRange(chart.getStyler(), withData);
        chart.paint(g, width, PANEL_HEIGHT);
    }

    private static void style(XYStyler s, Panel panel) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(0xBBBBBB));
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(0.8f));
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(TITLE_FONT);
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12));
        s.setLegendFont(LEGEND_FONT);
        s.setLegendBorderColor(Color.WHITE);
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(6);
        s.setLocale(Locale.ROOT);
        s.setxAxisTickLabelsFormattingFunction(ChartRenderer::yearMonth);
        if (panel.wantsLogAxis()) {
            // XChart draws a linear axis whenever a tick formatting function is set, so log axes keep its labels
            s.setYAxisLogarithmic(true);
        } else {
            s.setyAxisTickLabelsFormattingFunction(TickLabels::format);
        }
        s.setAntiAlias(true);
    }

    /**
     * The legend goes under the plot, so the plot keeps the panel's full width: in one row when the names
     * fit across, else one name per line.
     */
    private static void placeLegend(XYStyler s, FontMetrics fm, List<Series> series, int width) {
        int needed = 0;
        for (Series line : series) {
            needed += fm.stringWidth(line.name()) + LEGEND_ENTRY_OVERHEAD;
        }
        s.setLegendPosition(LegendPosition.OutsideS);
        s.setLegendLayout(needed <= width - 40 ? LegendLayout.Horizontal : LegendLayout.Vertical);
    }

    /** The text if it fits in {@code width} pixels, else the longest prefix that fits, with an ellipsis. */
    static String fit(FontMetrics fm, String text, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "...") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /**
     * A series that never moves (or moves by rounding noise only) would make the axis zoom into the
     * noise; give it a range around its value instead.
     */
    private static void fixFlatRange(XYStyler s, List<Series> series) {
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
            return;
        }
        if (s.isYAxisLogarithmic()) {
            s.setYAxisMin(min / 10);
            s.setYAxisMax(max * 10);
        } else if (min >= 0 && max <= 1) {
            // shares, probabilities and 0/1 counts: show them against the whole unit interval
            s.setYAxisMin(0.0);
            s.setYAxisMax(1.1);
        } else {
            s.setYAxisMin(Math.min(0, 2 * min));
            s.setYAxisMax(Math.max(0, 2 * max));
        }
    }

    /** A tick on the decimal-year axis: "2027" on a year boundary, "2027-07" between. */
    public static String yearMonth(double decimalYear) {
        int year = (int) Math.floor(decimalYear + 1e-6);
        int month = (int) Math.round((decimalYear - year) * 12);
        if (month >= 12) {
            year++;
            month = 0;
        }
        return month == 0 ? Integer.toString(year) : String.format(Locale.ROOT, "%d-%02d", year, month + 1);
    }

    /** A finite value with no finite neighbour is invisible as a line, so such series get markers. */
    private static boolean hasIsolatedPoint(double[] v) {
        for (int t = 0; t < v.length; t++) {
            boolean before = t > 0 && Double.isFinite(v[t - 1]);
            boolean after = t + 1 < v.length && Double.isFinite(v[t + 1]);
            if (Double.isFinite(v[t]) && !before && !after) {
                return true;
            }
        }
        return false;
    }

    private static void drawEmptyPanel(Graphics2D g, Panel panel, int width) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, PANEL_HEIGHT);
        g.setColor(new Color(0xBBBBBB));
        g.drawRect(12, 36, width - 24, PANEL_HEIGHT - 48);
        g.setColor(Color.BLACK);
        g.setFont(TITLE_FONT);
        centre(g, fit(g.getFontMetrics(), panel.title(), width - 24), width, 24);
        g.setColor(MUTED);
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        centre(g, "no value in any month of this run (NA throughout)", width, PANEL_HEIGHT / 2 + 6);
    }

    private static void centre(Graphics2D g, String text, int width, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, Math.max(4, (width - fm.stringWidth(text)) / 2), y);
    }
}
