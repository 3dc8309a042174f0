package org.inferenceshift.claims;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.inferenceshift.figure.Annotation;
import org.inferenceshift.figure.Axis;
import org.inferenceshift.figure.Band;
import org.inferenceshift.figure.Colour;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.HeatMap;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Line;
import org.inferenceshift.figure.Marker;
import org.inferenceshift.figure.Panel;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Scatter;
import org.inferenceshift.figure.Stroke;
import org.inferenceshift.figure.Style;
import org.inferenceshift.figure.TextStyle;
import org.inferenceshift.figure.Ticks;
import org.inferenceshift.render.FigureRenderer;

/**
 * The claims report's figures, built as figure models and drawn by {@link FigureRenderer}: the forest plot of every effect with its
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
    private static final Colour SUPPORTED = Colour.of(0x009E73);
    private static final Colour CONTRADICTED = Colour.of(0xD55E00);
    private static final Colour INCONCLUSIVE = Colour.of(0x777777);
    private static final Colour BASELINE = Colour.of(0x0072B2);
    private static final Colour TREATMENT = Colour.of(0xD55E00);
    private static final TextStyle TICKS = TextStyle.plain(12);
    private static final Style STYLE = Style.PLAIN.withGrid(Colour.of(0xE5E5E5)).withLegendBorder(Colour.WHITE)
            .withTickLabels(TICKS);
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
        List<String> labels = rows.stream().map(r -> r.claim().id() + "  " + r.claim().metric()).toList();
        Plot.Builder chart = Plot.builder(1000, 140 + 36 * Math.max(n, 1),
                        "Every claim's effect with its 95% CI, in pooled SDs of the runs")
                .x(Axis.linear("standardised effect; > 0: as the texts expect, < 0: the opposite")
                        .withRange(-FOREST_LIMIT, FOREST_LIMIT))
                .y(Axis.linear("claim").withRange(0.4, n + 0.6).withTicks(Ticks.rows(labels)))
                .style(STYLE).legend(Legend.BELOW);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ClaimResult r = rows.get(i);
            double y = n - i;
            double[] d = orientedStandardised(r);
            double lo = clip(Math.min(d[1], d[2]));
            double hi = clip(Math.max(d[1], d[2]));
            chart.add(Line.of("ci " + r.claim().id(), new double[] {lo, hi}, new double[] {y, y}, colour(r.verdict()),
                    Stroke.solid(2.5f)).outOfLegend());
            points.add(new double[] {clip(d[0]), y, r.verdict().ordinal()});
            if (Math.abs(d[0]) > FOREST_LIMIT) {
                String value = Double.isInfinite(d[0]) ? "no spread" : String.format(Locale.ROOT, "%.0f", d[0]);
                chart.annotate(new Annotation.Note("d = " + value, Math.signum(d[0]) * (FOREST_LIMIT - 0.55), y + 0.32));
            }
        }
        for (Verdict v : List.of(Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.INCONCLUSIVE)) {
            double[] x = points.stream().filter(p -> p[2] == v.ordinal()).mapToDouble(p -> p[0]).toArray();
            double[] y = points.stream().filter(p -> p[2] == v.ordinal()).mapToDouble(p -> p[1]).toArray();
            if (x.length > 0) {
                chart.add(new Scatter(v.label(), x, y, Marker.DIAMOND, colour(v)));
            }
        }
        chart.annotate(new Annotation.ReferenceLine(0, true));
        return FigureRenderer.png(Figure.of(chart.build()));
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

    // ---- robustness map ------------------------------------------------------------------------------

    /**
     * Rows: claims (with the share of sampled worlds where the effect had the expected sign); columns:
     * uncertain parameters; cells: partial rank correlation of the world effect with the parameter.
     */
    static byte[] robustnessMap(List<ClaimResult> results, List<UncertainParameter> parameters) throws IOException {
        List<ClaimResult> rows = results.stream().filter(r -> r.interval() != null).toList();
        List<String> x = parameters.stream().map(UncertainParameter::shortName).toList();
        List<String> y = new ArrayList<>();
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ClaimResult r = rows.get(rows.size() - 1 - i);
            y.add(String.format(Locale.ROOT, "%s (%s)", r.claim().id(), percent(r.robustShare())));
            for (int p = 0; p < r.prcc().length; p++) {
                if (!Double.isNaN(r.prcc()[p])) {
                    cells.add(new HeatMap.Cell(p, i, Math.round(r.prcc()[p] * 100) / 100.0));
                }
            }
        }
        if (cells.isEmpty()) {
            return tooFewWorlds(parameters.size());
        }
        HeatMap map = new HeatMap(160 + 78 * x.size(), 170 + 30 * Math.max(1, y.size()),
                "Robustness map: partial rank correlation of each claim's effect with each parameter "
                        + "(row label: share of sampled worlds with the expected sign)",
                "uncertain parameter", "claim", x, y, cells, -1, 1,
                List.of(Colour.of(0x2166AC), Colour.WHITE, Colour.of(0xB2182B)), true, TextStyle.plain(11), 40, "PRCC",
                Legend.RIGHT, Style.PLAIN.withTickLabels(TICKS));
        return FigureRenderer.png(Figure.of(map));
    }

    /** Stands in for the map when no coefficient could be computed (XChart draws no empty heat map). */
    private static byte[] tooFewWorlds(int parameters) throws IOException {
        Plot chart = Plot.builder(1000, 200, String.format(Locale.ROOT,
                        "Robustness map: too few sampled worlds for partial rank correlations "
                                + "of %d parameters (at least %d needed)", parameters,
                        PartialRankCorrelation.minimumSamples(parameters)))
                .x(Axis.linear("").withTicks(Ticks.NONE)).y(Axis.linear("").withTicks(Ticks.NONE))
                .style(STYLE).legend(Legend.HIDDEN)
                .add(Line.of("none", new double[] {0}, new double[] {0}).withMarker(Marker.NONE))
                .build();
        return FigureRenderer.png(Figure.of(chart));
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "NA" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    // ---- one figure per claim ------------------------------------------------------------------------

    /**
     * Per part of the claim, three panels: the metric over time in both arms; the effect over time with its
     * monthly 95% interval (the time path); the effect per sampled world.
     */
    static byte[] claim(List<ClaimResult> parts, ArmSeries series, Map<String, TimePath> paths,
                        List<UncertainParameter> parameters, double[][] points) throws IOException {
        List<Panel> charts = new ArrayList<>();
        YearMonth start = YearMonth.parse(series.start());
        for (ClaimResult r : parts) {
            charts.add(overTime(r, series));
            charts.add(effectOverTime(r, paths.get(r.claim().id()), start));
            charts.add(byWorld(r, parameters, points));
        }
        return FigureRenderer.png(Figure.grid(3, charts).withAlphaChannel());
    }

    private static Plot effectOverTime(ClaimResult r, TimePath path, YearMonth start) {
        Claim c = r.claim();
        Plot.Builder chart = Plot.builder(PANEL_WIDTH, PANEL_HEIGHT,
                        String.format(Locale.ROOT, "%s effect over time: expected sign in %s of months%s", c.id(),
                                percent(path.expectedSignShare()),
                                path.disagreesWith(r.verdict()) ? " (disagrees with the end point)" : ""))
                .x(Axis.linear("year").withTicks(Ticks.pattern("0")).withRange((double) start.getYear(),
                        (double) start.plusMonths(Math.max(0, path.months().size() - 1)).getYear() + 1))
                .y(Axis.linear("effect (" + c.effect().label() + ")"))
                .style(STYLE).legend(Legend.BELOW);
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t < path.months().size(); t++) {
            EffectInterval month = path.months().get(t);
            if (month.isDefined()) {
                rows.add(new double[] {start.getYear() + (start.getMonthValue() - 1 + t) / 12.0, month.estimate(),
                        month.lower(), month.upper()});
            }
        }
        if (rows.isEmpty()) {
            chart.add(Line.of("no defined effect", new double[] {start.getYear()}, new double[] {0}));
        } else {
            chart.add(Band.of("treatment - baseline, 95% CI", null, rows, TREATMENT, 50, 2.5f));
            chart.add(Line.of("zero", new double[] {rows.get(0)[0], rows.get(rows.size() - 1)[0]}, new double[] {0, 0}));
        }
        return chart.build();
    }

    private static Plot overTime(ClaimResult r, ArmSeries series) {
        Claim c = r.claim();
        List<double[]> baseline = series.runs(c.comparison().baseline().scenario(), c.metric());
        List<double[]> treatment = series.runs(c.comparison().treatment().scenario(), c.metric());
        YearMonth start = YearMonth.parse(series.start());
        int months = Math.max(baseline.stream().mapToInt(run -> run.length).max().orElse(0),
                treatment.stream().mapToInt(run -> run.length).max().orElse(0));
        Plot.Builder chart = Plot.builder(PANEL_WIDTH, PANEL_HEIGHT,
                        String.format(Locale.ROOT, "%s  %s: mean, 10-90%% band over %d seeds", c.id(), c.metric(),
                                Math.max(baseline.size(), treatment.size())))
                // whole years at both ends, so the ticks fall on years
                .x(Axis.linear("year").withTicks(Ticks.pattern("0")).withRange((double) start.getYear(),
                        (double) start.plusMonths(Math.max(0, months - 1)).getYear() + 1))
                // a log-ratio claim's metric spans orders of magnitude (copies, costs, price ratios)
                .y(Axis.linear(c.metric()).withLog(c.effect() == EffectMeasure.LOG10_RATIO
                        && allPositive(baseline, treatment)))
                .style(STYLE).legend(Legend.BELOW);
        band(chart, c.comparison().baseline().scenario(), baseline, start, BASELINE);
        band(chart, c.comparison().treatment().scenario(), treatment, start, TREATMENT);
        if (chart.isEmpty()) {
            chart.add(Line.of("no defined value", new double[] {start.getYear()}, new double[] {0}));
        }
        return chart.build();
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

    private static void band(Plot.Builder chart, String label, List<double[]> runs, YearMonth start, Colour colour) {
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
        if (!rows.isEmpty()) {
            chart.add(Band.of(label, null, rows, colour, 50, 2.5f));
        }
    }

    private static Plot byWorld(ClaimResult r, List<UncertainParameter> parameters, double[][] points) {
        List<Integer> ranking = r.ranking();
        int top = ranking.isEmpty() ? -1 : ranking.get(0);
        String xTitle = top < 0 ? "sampled world" : parameters.get(top).path();
        Plot.Builder chart = Plot.builder(PANEL_WIDTH, PANEL_HEIGHT,
                        String.format(Locale.ROOT, "%s effect per sampled world: %s of %d as expected%s", r.claim().id(),
                                percent(r.robustShare()), r.definedWorlds(),
                                top < 0 ? "" : String.format(Locale.ROOT, " (PRCC %+.2f)", r.prcc()[top])))
                .x(Axis.linear(xTitle)).y(Axis.linear("effect (" + r.claim().effect().label() + ")"))
                .style(STYLE).legend(Legend.BELOW);
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
        if (chart.isEmpty()) {
            chart.add(Line.of("no defined effect", new double[] {0}, new double[] {0}));
        }
        chart.annotate(new Annotation.ReferenceLine(0, false));
        return chart.build();
    }

    private static void scatter(Plot.Builder chart, String label, List<double[]> xy, Colour colour) {
        if (xy.isEmpty()) {
            return;
        }
        chart.add(new Scatter(label, xy.stream().mapToDouble(p -> p[0]).toArray(),
                xy.stream().mapToDouble(p -> p[1]).toArray(), Marker.CIRCLE, colour));
    }

    // ---- shared -------------------------------------------------------------------------------------

    private static Colour colour(Verdict v) {
        return switch (v) {
            case SUPPORTED -> SUPPORTED;
            case CONTRADICTED -> CONTRADICTED;
            default -> INCONCLUSIVE;
        };
    }
}
