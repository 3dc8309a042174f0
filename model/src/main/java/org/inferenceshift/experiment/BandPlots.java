package org.inferenceshift.experiment;

import org.inferenceshift.report.PercentileBand;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.inferenceshift.metrics.Metric;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * One PNG per kept metric ({@code plots/<metric>.png}): the metric over time, one line per group (the
 * mean across its runs) inside a band from the 10th to the 90th percentile. A group is a scenario at a
 * design point, its runs the seeds; with more groups than a chart can show apart, groups are scenarios
 * and bands span seeds and design points together. Groups are read one at a time from the parts.
 */
final class BandPlots {
    static final String DIR = "plots";
    /** More lines than this on one chart cannot be told apart. */
    static final int MAX_GROUPS = 8;
    private static final double LOW = 10;
    private static final double HIGH = 90;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

    private BandPlots() {
    }

    static void write(RunPlan plan, RunStore store, Path folder) throws IOException {
        Map<String, List<Integer>> groups = groups(plan);
        boolean byPoint = groups.size() <= MAX_GROUPS;
        if (!byPoint) {
            groups = groupsByScenario(plan);
        }
        List<Metric> metrics = plan.keep().metrics();
        List<XYChart> charts = new ArrayList<>();
        for (Metric metric : metrics) {
            charts.add(chart(metric, byPoint ? "seeds" : "seeds and design points", plan.experiment().replicates()));
        }
        int colour = 0;
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            double[][][] values = read(store, group.getValue(), plan.keep());
            Color color = PALETTE[colour++ % PALETTE.length];
            for (int m = 0; m < metrics.size(); m++) {
                addBand(charts.get(m), group.getKey(), values[m], color);
            }
        }
        Path dir = Files.createDirectories(folder.resolve(DIR));
        for (int m = 0; m < metrics.size(); m++) {
            BitmapEncoder.saveBitmap(charts.get(m), dir.resolve(metrics.get(m).column() + ".png").toString(),
                    BitmapEncoder.BitmapFormat.PNG);
        }
    }

    /**
     * Runs grouped by scenario and design point, labelled with the point's parameter values, in
     * scenario then design order (the legend reads as the experiment file does).
     */
    private static Map<String, List<Integer>> groups(RunPlan plan) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<PlannedRun> ordered = new ArrayList<>(plan.runs());
        ordered.sort(Comparator.comparingInt(PlannedRun::scenarioIndex).thenComparingInt(PlannedRun::point)
                .thenComparingInt(PlannedRun::id));
        for (PlannedRun run : ordered) {
            StringBuilder label = new StringBuilder(run.scenario());
            for (int p = 0; p < plan.parameters().size(); p++) {
                label.append(p == 0 ? " " : ", ").append(plan.parameters().get(p)).append('=')
                        .append(run.parameterValues().get(p));
            }
            groups.computeIfAbsent(label.toString(), k -> new ArrayList<>()).add(run.id());
        }
        return groups;
    }

    private static Map<String, List<Integer>> groupsByScenario(RunPlan plan) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<PlannedRun> ordered = new ArrayList<>(plan.runs());
        ordered.sort(Comparator.comparingInt(PlannedRun::scenarioIndex).thenComparingInt(PlannedRun::id));
        for (PlannedRun run : ordered) {
            groups.computeIfAbsent(run.scenario(), k -> new ArrayList<>()).add(run.id());
        }
        return groups;
    }

    /** {@code [metric][run][month]} for the runs of one group. */
    private static double[][][] read(RunStore store, List<Integer> runIds, KeepSpec keep) throws IOException {
        double[][][] values = new double[keep.metrics().size()][runIds.size()][];
        for (int r = 0; r < runIds.size(); r++) {
            double[][] series = ExperimentTables.series(store, runIds.get(r), keep);
            for (int m = 0; m < series.length; m++) {
                values[m][r] = series[m];
            }
        }
        return values;
    }

    private static XYChart chart(Metric metric, String across, int seeds) {
        XYChart chart = new XYChartBuilder().width(900).height(520)
                .title(String.format(Locale.ROOT, "%s: mean, band 10th-90th percentile across %s (%d seeds)",
                        metric.column(), across, seeds))
                .xAxisTitle("month").yAxisTitle(metric.label()).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        return chart;
    }

    /** Mean line and percentile band of one group; months where no run defines the metric are skipped. */
    private static void addBand(XYChart chart, String label, double[][] runs, Color color) {
        int months = 0;
        for (double[] run : runs) {
            months = Math.max(months, run.length);
        }
        List<double[]> rows = new ArrayList<>();
        Percentile percentile = new Percentile();
        for (int t = 0; t < months; t++) {
            List<Double> defined = new ArrayList<>();
            for (double[] run : runs) {
                if (t < run.length && !Double.isNaN(run[t])) {
                    defined.add(run[t]);
                }
            }
            if (!defined.isEmpty()) {
                double[] v = defined.stream().mapToDouble(Double::doubleValue).toArray();
                rows.add(new double[] {t, StatUtils.mean(v), percentile.evaluate(v, LOW), percentile.evaluate(v, HIGH)});
            }
        }
        PercentileBand.add(chart, label, null, rows, color, 50, 2f);
    }
}
