package org.inferenceshift.experiment;

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
import org.inferenceshift.figure.Axis;
import org.inferenceshift.figure.Band;
import org.inferenceshift.figure.Colour;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Style;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.render.FigureRenderer;

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
    private static final Colour[] PALETTE = {
        Colour.of(0x1f77b4), Colour.of(0xd62728), Colour.of(0x2ca02c), Colour.of(0xff7f0e),
        Colour.of(0x9467bd), Colour.of(0x8c564b), Colour.of(0xe377c2), Colour.of(0x17becf)};
    private static final Style STYLE = Style.PLAIN.withGrid(Colour.of(0xdddddd)).withMarkerSize(0);

    private BandPlots() {
    }

    static void write(RunPlan plan, RunStore store, Path folder) throws IOException {
        Map<String, List<Integer>> groups = groups(plan);
        boolean byPoint = groups.size() <= MAX_GROUPS;
        if (!byPoint) {
            groups = groupsByScenario(plan);
        }
        List<Metric> metrics = plan.keep().metrics();
        List<Plot.Builder> charts = new ArrayList<>();
        for (Metric metric : metrics) {
            charts.add(chart(metric, byPoint ? "seeds" : "seeds and design points", plan.experiment().replicates()));
        }
        int colour = 0;
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            double[][][] values = read(store, group.getValue(), plan.keep());
            Colour color = PALETTE[colour++ % PALETTE.length];
            for (int m = 0; m < metrics.size(); m++) {
                addBand(charts.get(m), group.getKey(), values[m], color);
            }
        }
        Path dir = Files.createDirectories(folder.resolve(DIR));
        for (int m = 0; m < metrics.size(); m++) {
            FigureRenderer.write(Figure.of(charts.get(m).build()), dir.resolve(metrics.get(m).column() + ".png"));
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

    private static Plot.Builder chart(Metric metric, String across, int seeds) {
        return Plot.builder(900, 520, String.format(Locale.ROOT, "%s: mean, band 10th-90th percentile across %s (%d seeds)",
                        metric.column(), across, seeds))
                .x(Axis.linear("month")).y(Axis.linear(metric.label())).legend(Legend.BELOW).style(STYLE);
    }

    /** Mean line and percentile band of one group; months where no run defines the metric are skipped. */
    private static void addBand(Plot.Builder chart, String label, double[][] runs, Colour color) {
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
        if (!rows.isEmpty()) {
            chart.add(Band.of(label, null, rows, color, 50, 2f));
        }
    }
}
