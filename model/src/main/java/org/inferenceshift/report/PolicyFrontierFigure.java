package org.inferenceshift.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

/**
 * The policy-frontier figure (issue 19 item 6) from a policy-frontier experiment's {@code runs.csv}: for each
 * scenario (era) and each burden (mean caseload, mean compliance cost), mean coverage of high-capability usage
 * against mean burden per design point, one line per policy family (its points in order of burden) inside a
 * band from the 10th to the 90th percentile of coverage across seeds. The no-policy point is a marker.
 */
public final class PolicyFrontierFigure {
    static final String POLICY_COLUMN = "regulators.0.policy";
    static final String COVERAGE = "covered_high_capability_usage_share_mean";
    static final String CASELOAD = "regulator_caseload_mean";
    static final String COMPLIANCE = "compliance_cost_usd_mean";
    private static final double LOW = 10;
    private static final double HIGH = 90;
    private static final Colour[] PALETTE = {
        Colour.of(0x1f77b4), Colour.of(0xd62728), Colour.of(0x2ca02c), Colour.of(0xff7f0e),
        Colour.of(0x9467bd), Colour.of(0x8c564b), Colour.of(0xe377c2), Colour.of(0x17becf)};
    private static final Style STYLE = Style.PLAIN.withGrid(Colour.of(0xdddddd));

    private PolicyFrontierFigure() {
    }

    /** One design point of one scenario: its policy family and its seeds' values. */
    record Point(String scenario, String policy, double[] coverage, double[] caseload, double[] compliance) {
    }

    /** The design points of {@code runsCsv}, in the file's scenario and point order. */
    static List<Point> read(Path runsCsv) throws IOException {
        Map<String, List<CSVRecord>> byPoint = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (String column : List.of("run_id", "scenario", "point", POLICY_COLUMN, COVERAGE, CASELOAD, COMPLIANCE)) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(runsCsv + ": no column " + column
                            + " (expected the runs.csv of scenarios/experiments/policy-frontier.json)");
                }
            }
            List<CSVRecord> records = new ArrayList<>(csv.getRecords());
            // runs.csv lists runs as they finished: order them as the experiment file does, by scenario (its
            // first run) and design point
            Map<String, Long> scenarioRank = new LinkedHashMap<>();
            for (CSVRecord r : records) {
                scenarioRank.merge(r.get("scenario"), Long.parseLong(r.get("run_id")), Math::min);
            }
            records.sort(Comparator.<CSVRecord>comparingLong(r -> scenarioRank.get(r.get("scenario")))
                    .thenComparingInt(r -> Integer.parseInt(r.get("point")))
                    .thenComparingLong(r -> Long.parseLong(r.get("run_id"))));
            for (CSVRecord r : records) {
                byPoint.computeIfAbsent(r.get("scenario") + "\u0000" + r.get("point"), k -> new ArrayList<>()).add(r);
            }
        }
        List<Point> points = new ArrayList<>();
        for (List<CSVRecord> runs : byPoint.values()) {
            points.add(new Point(runs.get(0).get("scenario"), runs.get(0).get(POLICY_COLUMN),
                    values(runs, COVERAGE), values(runs, CASELOAD), values(runs, COMPLIANCE)));
        }
        return points;
    }

    private static double[] values(List<CSVRecord> runs, String column) {
        return runs.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty() && !v.equals("NA"))
                .mapToDouble(Double::parseDouble).toArray();
    }

    /** Writes the figure (two burdens by the scenarios found) to {@code png}. */
    public static void write(Path runsCsv, Path png) throws IOException {
        List<Point> points = read(runsCsv);
        List<String> scenarios = points.stream().map(Point::scenario).distinct().toList();
        List<Plot> panels = new ArrayList<>();
        int seeds = points.stream().mapToInt(p -> p.coverage().length).max().orElse(0);
        for (String scenario : scenarios) {
            List<Point> of = points.stream().filter(p -> p.scenario().equals(scenario)).toList();
            panels.add(panel(scenario, "caseload (models covered + evaluations running, mean)", of, Point::caseload, 1));
            panels.add(panel(scenario, "compliance paid by labs (USD million/month, mean)", of, Point::compliance, 1e-6));
        }
        Figure figure = Figure.headed(new Heading("Policy frontier: coverage of high-capability usage against burden",
                String.format(Locale.ROOT, "one line per policy family through its design points; line = mean over "
                        + "%d seeds, band = 10th-90th percentile of coverage across seeds", seeds)), 2, panels);
        FigureRenderer.write(figure, png);
    }

    private static Plot panel(String scenario, String burden, List<Point> points,
                              java.util.function.Function<Point, double[]> burdenOf, double scale) {
        Plot.Builder chart = Plot.builder(760, 520, scenario).x(Axis.linear(burden))
                .y(Axis.linear("coverage of high-E usage (share)")).legend(Legend.BELOW)
                .style(STYLE);
        Map<String, List<double[]>> families = new LinkedHashMap<>();
        Percentile percentile = new Percentile();
        for (Point p : points) {
            double x = mean(burdenOf.apply(p)) * scale;
            if (p.coverage().length == 0 || Double.isNaN(x)) {
                continue;
            }
            double[] row = {x, StatUtils.mean(p.coverage()), percentile.evaluate(p.coverage(), LOW),
                    percentile.evaluate(p.coverage(), HIGH)};
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
