package org.inferenceshift.report;

import java.io.IOException;
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
import org.inferenceshift.figure.Heading;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Marker;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Scatter;
import org.inferenceshift.figure.Style;
import org.inferenceshift.render.FigureRenderer;
import org.inferenceshift.report.PolicyFrontierRuns.Point;

/**
 * The policy-frontier figure (issue 19 item 6) from a policy-frontier experiment's {@code runs.csv}: for each
 * scenario (era) and each burden (mean caseload, mean compliance cost), mean coverage of high-capability usage
 * against mean burden per design point, one line per policy family (its points in order of burden) inside a
 * band from the 10th to the 90th percentile of coverage across seeds. The no-policy point is a marker.
 */
public final class PolicyFrontierFigure {
    static final String COVERAGE = "covered_high_capability_usage_share_mean";
    static final String CASELOAD = "regulator_caseload_mean";
    static final String COMPLIANCE = "compliance_cost_usd_mean";
    private static final double LOW = 10;
    private static final double HIGH = 90;
    private static final Colour[] PALETTE = {
        Colour.of(0x1f77b4), Colour.of(0xd62728), Colour.of(0x2ca02c), Colour.of(0xff7f0e),
        Colour.of(0x9467bd), Colour.of(0x8c564b), Colour.of(0xe377c2), Colour.of(0x17becf),
        Colour.of(0x7f7f7f), Colour.of(0xbcbd22)};
    private static final Style STYLE = Style.PLAIN.withGrid(Colour.of(0xdddddd));

    private PolicyFrontierFigure() {
    }

    static List<Point> read(Path runsCsv) throws IOException {
        return PolicyFrontierRuns.read(runsCsv, List.of(COVERAGE, CASELOAD, COMPLIANCE));
    }

    /** Writes the figure (two burdens by the scenarios found) to {@code png}. */
    public static void write(Path runsCsv, Path png) throws IOException {
        List<Point> points = read(runsCsv);
        List<String> scenarios = points.stream().map(Point::scenario).distinct().toList();
        List<Plot> panels = new ArrayList<>();
        int seeds = points.stream().mapToInt(Point::runs).max().orElse(0);
        for (String scenario : scenarios) {
            List<Point> of = points.stream().filter(p -> p.scenario().equals(scenario)).toList();
            panels.add(panel(scenario, "caseload (models covered + evaluations running, mean)", of, CASELOAD, 1));
            panels.add(panel(scenario, "compliance paid by labs (USD million/month, mean)", of, COMPLIANCE, 1e-6));
        }
        Figure figure = Figure.headed(new Heading("Policy frontier: coverage of high-capability usage against burden",
                String.format(Locale.ROOT, "one line per policy family through its design points; line = mean over "
                        + "%d seeds, band = 10th-90th percentile of coverage across seeds", seeds)), 2, panels);
        FigureRenderer.write(figure, png);
    }

    private static Plot panel(String scenario, String burden, List<Point> points,
                              String burdenColumn, double scale) {
        Plot.Builder chart = Plot.builder(760, 520, scenario).x(Axis.linear(burden))
                .y(Axis.linear("coverage of high-E usage (share)")).legend(Legend.BELOW)
                .style(STYLE);
        Map<String, List<double[]>> families = new LinkedHashMap<>();
        Percentile percentile = new Percentile();
        for (Point p : points) {
            double x = mean(p.of(burdenColumn)) * scale;
            double[] coverage = p.of(COVERAGE);
            if (coverage.length == 0 || Double.isNaN(x)) {
                continue;
            }
            double[] row = {x, StatUtils.mean(coverage), percentile.evaluate(coverage, LOW),
                    percentile.evaluate(coverage, HIGH)};
            families.computeIfAbsent(p.policy(), k -> new ArrayList<>()).add(row);
        }
        int colour = 0;
        for (Map.Entry<String, List<double[]>> family : families.entrySet()) {
            List<double[]> rows = family.getValue();
            rows.sort(Comparator.comparingDouble(r -> r[0]));
            Colour c = PALETTE[colour++ % PALETTE.length];
            if (rows.size() == 1) {
                chart.add(new Scatter(label(family.getKey()), new double[] {rows.get(0)[0]},
                        new double[] {rows.get(0)[1]}, Marker.DIAMOND, c));
            } else {
                chart.add(Band.of(label(family.getKey()), null, rows, c, 50, 2f));
            }
        }
        return chart.build();
    }

    private static String label(String policy) {
        return policy.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static double mean(double[] v) {
        return v.length == 0 ? Double.NaN : StatUtils.mean(v);
    }
}
