package org.inferenceshift.claims;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.inferenceshift.report.PercentileBand;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The claims report's figures, drawn with XChart off screen: the forest plot of every effect with its
 * confidence interval, the robustness map (partial rank correlation of each claim's effect with each
 * uncertain parameter), and one figure per claim (per part: the metric over time in both arms, and the
 * effect in each sampled world against the parameter that moves it most).
 */
final class ClaimFigures {
    static final String DIR = "figures";
    static final String FOREST = "forest.png";
    static final String MAP = "robustness-map.png";
    /** Standardised effects beyond this are drawn at the edge, with their value written beside them. */
    static final double FOREST_LIMIT = 5;
    private static final Color SUPPORTED = new Color(0x009E73);
    private static final Color CONTRADICTED = new Color(0xD55E00);
    private static final Color INCONCLUSIVE = new Color(0x777777);
    private static final Color BASELINE = new Color(0x0072B2);
    private static final Color TREATMENT = new Color(0xD55E00);
    private static final Color GRID = new Color(0xE5E5E5);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final double LOW = 10;
    private static final double HIGH = 90;
    private static final int PANEL_WIDTH = 720;
    private static final int PANEL_HEIGHT = 380;

    private ClaimFigures() {
    }

    static String claimFile(int number) {
        return "claim-" + number + ".png";
    }

    // ---- forest plot --------------------------------------------------------------------------------

    /**
     * Every tested claim as a row: the effect in units of the pooled standard deviation of the per-run
     * statistic (Cohen's d), signed so that right of zero is the direction the texts expect, with its 95%
     * interval; colour by verdict. Different metrics thus share one axis.
     */
    static byte[] forest(List<ClaimResult> results) throws IOException {
        List<ClaimResult> rows = results.stream().filter(r -> r.interval() != null && r.interval().isDefined()).toList();
        int n = rows.size();
        XYChart chart = new XYChartBuilder().width(1000).height(140 + 36 * Math.max(n, 1))
                .title("Every claim's effect with its 95% CI (effect / pooled SD of the runs; > 0: as the texts expect)")
                .xAxisTitle("standardised effect; > 0: as the texts expect, < 0: the opposite").yAxisTitle("claim").build();
        style(chart);
        chart.getStyler().setYAxisMin(0.4);
        chart.getStyler().setYAxisMax(n + 0.6);
        chart.getStyler().setYAxisTickMarkSpacingHint(30);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> rowLabel(rows, y));
        chart.getStyler().setXAxisMin(-FOREST_LIMIT);
        chart.getStyler().setXAxisMax(FOREST_LIMIT);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ClaimResult r = rows.get(i);
            double y = n - i;
            double[] d = orientedStandardised(r);
            double lo = clip(Math.min(d[1], d[2]));
            double hi = clip(Math.max(d[1], d[2]));
            XYSeries ci = chart.addSeries("ci " + r.claim().id(), new double[] {lo, hi}, new double[] {y, y});
            ci.setLineColor(colour(r.verdict()));
            ci.setLineStyle(new BasicStroke(2.5f));
            ci.setMarker(SeriesMarkers.NONE);
            ci.setShowInLegend(false);
            points.add(new double[] {clip(d[0]), y, r.verdict().ordinal()});
            if (Math.abs(d[0]) > FOREST_LIMIT) {
                String value = Double.isInfinite(d[0]) ? "no spread" : String.format(Locale.ROOT, "%.0f", d[0]);
                chart.addAnnotation(new AnnotationText("d = " + value, Math.signum(d[0]) * (FOREST_LIMIT - 0.55),
                        y + 0.32, false));
            }
        }
        for (Verdict v : List.of(Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.INCONCLUSIVE)) {
            double[] x = points.stream().filter(p -> p[2] == v.ordinal()).mapToDouble(p -> p[0]).toArray();
            double[] y = points.stream().filter(p -> p[2] == v.ordinal()).mapToDouble(p -> p[1]).toArray();
            if (x.length > 0) {
                XYSeries s = chart.addSeries(v.label(), x, y);
                s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.DIAMOND);
                s.setMarkerColor(colour(v));
            }
        }
        chart.addAnnotation(new AnnotationLine(0, true, false));
        return png(chart);
    }

    /** {estimate, lower, upper} in pooled-SD units, multiplied by the expected sign. */
    static double[] orientedStandardised(ClaimResult r) {
        EffectInterval i = r.interval();
        int sign = r.claim().expected().sign();
        return new double[] {sign * standardised(i, i.estimate()), sign * standardised(i, i.lower()),
                sign * standardised(i, i.upper())};
    }

    /** d = value / pooled SD; with zero spread in both arms, any non-zero effect is beyond every axis. */
    private static double standardised(EffectInterval i, double value) {
        if (i.pooledSd() > 0) {
            return value / i.pooledSd();
        }
        return value == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, value);
    }

    private static double clip(double d) {
        return Math.max(-FOREST_LIMIT, Math.min(FOREST_LIMIT, d));
    }

    /**
     * The claim of the row at {@code y}. XChart drops every tick label of an axis when two are equal, so
     * ticks between rows get distinct invisible labels (zero-width spaces, as many as the tick's position
     * in quarter steps).
     */
    private static String rowLabel(List<ClaimResult> rows, double y) {
        long row = Math.round(y);
        if (Math.abs(y - row) > 1e-6 || row < 1 || row > rows.size()) {
            return "\u200B".repeat(1 + (int) Math.max(0, Math.round((y + 1) * 4)));
        }
        ClaimResult r = rows.get(rows.size() - (int) row);
        return r.claim().id() + "  " + r.claim().metric();
    }

    // ---- robustness map ------------------------------------------------------------------------------

    /**
     * Rows: claims (with the share of sampled worlds where the effect had the expected sign); columns:
     * uncertain parameters; cells: partial rank correlation of the world effect with the parameter.
     */
    static byte[] robustnessMap(List<ClaimResult> results, List<UncertainParameter> parameters) throws IOException {
        List<ClaimResult> rows = results.stream().filter(r -> r.interval() != null).toList();
        List<String> x = parameters.stream().map(UncertainParameter::shortName).toList();
        List<String> y = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ClaimResult r = rows.get(rows.size() - 1 - i);
            y.add(String.format(Locale.ROOT, "%s (%s)", r.claim().id(), percent(r.robustShare())));
            for (int p = 0; p < r.prcc().length; p++) {
                if (!Double.isNaN(r.prcc()[p])) {
                    cells.add(new Number[] {p, i, Math.round(r.prcc()[p] * 100) / 100.0});
                }
            }
        }
        if (cells.isEmpty()) {
            return tooFewWorlds(parameters.size());
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(160 + 78 * x.size()).height(170 + 30 * Math.max(1, y.size()))
                .title("Robustness map: partial rank correlation of each claim's effect with each parameter "
                        + "(row label: share of sampled worlds with the expected sign)")
                .xAxisTitle("uncertain parameter").yAxisTitle("claim").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setAxisTickLabelsFont(TICKS);
        chart.getStyler().setXAxisLabelRotation(40);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setRangeColors(new Color[] {new Color(0x2166AC), Color.WHITE, new Color(0xB2182B)});
        chart.getStyler().setMin(-1);
        chart.getStyler().setMax(1);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.addSeries("PRCC", x, y, cells);
        return png(chart);
    }

    /** Stands in for the map when no coefficient could be computed (XChart draws no empty heat map). */
    private static byte[] tooFewWorlds(int parameters) throws IOException {
        XYChart chart = new XYChartBuilder().width(1000).height(200)
                .title(String.format(Locale.ROOT, "Robustness map: too few sampled worlds for partial rank correlations "
                        + "of %d parameters (at least %d needed)", parameters,
                        PartialRankCorrelation.minimumSamples(parameters)))
                .build();
        style(chart);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAxisTicksVisible(false);
        chart.addSeries("none", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        return png(chart);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "NA" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    // ---- one figure per claim ------------------------------------------------------------------------

    /** Per part of the claim, two panels: the metric over time in both arms; the effect per sampled world. */
    static byte[] claim(List<ClaimResult> parts, ArmSeries series, List<UncertainParameter> parameters,
                        double[][] points) throws IOException {
        List<XYChart> charts = new ArrayList<>();
        for (ClaimResult r : parts) {
            charts.add(overTime(r, series));
            charts.add(byWorld(r, parameters, points));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(charts, parts.size(), 2, out, BitmapFormat.PNG);
        return out.toByteArray();
    }

    private static XYChart overTime(ClaimResult r, ArmSeries series) {
        Claim c = r.claim();
        List<double[]> baseline = series.runs(c.comparison().baseline().scenario(), c.metric());
        List<double[]> treatment = series.runs(c.comparison().treatment().scenario(), c.metric());
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(String.format(Locale.ROOT, "%s  %s: mean, 10-90%% band over %d seeds", c.id(), c.metric(),
                        Math.max(baseline.size(), treatment.size())))
                .xAxisTitle("year").yAxisTitle(c.metric()).build();
        style(chart);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setXAxisDecimalPattern("0");
        // a log-ratio claim's metric spans orders of magnitude (copies, costs, price ratios)
        chart.getStyler().setYAxisLogarithmic(c.effect() == EffectMeasure.LOG10_RATIO && allPositive(baseline, treatment));
        YearMonth start = YearMonth.parse(series.start());
        int months = Math.max(baseline.stream().mapToInt(run -> run.length).max().orElse(0),
                treatment.stream().mapToInt(run -> run.length).max().orElse(0));
        // whole years at both ends, so XChart's ticks fall on years
        chart.getStyler().setXAxisMin((double) start.getYear());
        chart.getStyler().setXAxisMax((double) start.plusMonths(Math.max(0, months - 1)).getYear() + 1);
        band(chart, c.comparison().baseline().scenario(), baseline, start, BASELINE);
        band(chart, c.comparison().treatment().scenario(), treatment, start, TREATMENT);
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no defined value", new double[] {start.getYear()}, new double[] {0});
        }
        return chart;
    }

    private static boolean allPositive(List<double[]> baseline, List<double[]> treatment) {
        boolean any = false;
        for (List<double[]> arm : List.of(baseline, treatment)) {
            for (double[] run : arm) {
                for (double v : run) {
                    if (v <= 0) {
                        return false;
                    }
                    any |= v > 0;
                }
            }
        }
        return any;
    }

    private static void band(XYChart chart, String label, List<double[]> runs, YearMonth start, Color colour) {
        int months = runs.stream().mapToInt(r -> r.length).max().orElse(0);
        List<double[]> rows = new ArrayList<>();
        Percentile percentile = new Percentile();
        for (int t = 0; t < months; t++) {
            final int month = t;
            double[] v = runs.stream().filter(r -> month < r.length && Double.isFinite(r[month]))
                    .mapToDouble(r -> r[month]).toArray();
            if (v.length > 0) {
                rows.add(new double[] {start.getYear() + (start.getMonthValue() - 1 + t) / 12.0, StatUtils.mean(v),
                        percentile.evaluate(v, LOW), percentile.evaluate(v, HIGH)});
            }
        }
        PercentileBand.add(chart, label, rows, colour);
    }

    private static XYChart byWorld(ClaimResult r, List<UncertainParameter> parameters, double[][] points) {
        List<Integer> ranking = r.ranking();
        int top = ranking.isEmpty() ? -1 : ranking.get(0);
        String xTitle = top < 0 ? "sampled world" : parameters.get(top).path();
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(String.format(Locale.ROOT, "%s effect per sampled world: %s of %d as expected%s", r.claim().id(),
                        percent(r.robustShare()), r.definedWorlds(),
                        top < 0 ? "" : String.format(Locale.ROOT, " (PRCC %+.2f)", r.prcc()[top])))
                .xAxisTitle(xTitle).yAxisTitle("effect (" + r.claim().effect().label() + ")").build();
        style(chart);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        List<double[]> agree = new ArrayList<>();
        List<double[]> disagree = new ArrayList<>();
        for (int w = 0; w < r.worldEffects().length; w++) {
            double e = r.worldEffects()[w];
            if (Double.isNaN(e)) {
                continue;
            }
            double x = top < 0 ? w : points[w][top];
            (r.claim().expected().agrees(e) ? agree : disagree).add(new double[] {x, e});
        }
        scatter(chart, "as expected", agree, SUPPORTED);
        scatter(chart, "opposite or zero", disagree, CONTRADICTED);
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no defined effect", new double[] {0}, new double[] {0});
        }
        chart.addAnnotation(new AnnotationLine(0, false, false));
        return chart;
    }

    private static void scatter(XYChart chart, String label, List<double[]> xy, Color colour) {
        if (xy.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(label, xy.stream().mapToDouble(p -> p[0]).toArray(),
                xy.stream().mapToDouble(p -> p[1]).toArray());
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour);
    }

    // ---- shared -------------------------------------------------------------------------------------

    private static void style(XYChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(GRID);
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setLegendBorderColor(Color.WHITE);
        chart.getStyler().setAxisTickLabelsFont(TICKS);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setLocale(Locale.ROOT);
    }

    private static Color colour(Verdict v) {
        return switch (v) {
            case SUPPORTED -> SUPPORTED;
            case CONTRADICTED -> CONTRADICTED;
            default -> INCONCLUSIVE;
        };
    }

    private static byte[] png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    }
}
