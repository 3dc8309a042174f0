package org.inferenceshift.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.inferenceshift.report.PolicyFrontierRuns.Point;

/**
 * The policy-frontier table of docs/POLICY.md from the same runs.csv as {@link PolicyFrontierFigure}: per
 * scenario (era) one Markdown table, one row per design point, naming the setting swept for its policy, each
 * cell the mean over seeds with the 10th and 90th percentiles across seeds in brackets, and {@code n=} when
 * some seeds have no value.
 */
public final class PolicyFrontierTable {
    private static final double LOW = 10;
    private static final double HIGH = 90;

    /** One column: the runs.csv column, its heading, how many decimals, and the unit scale applied first. */
    record Column(String csv, String heading, int decimals, double scale) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("covered_high_capability_usage_share_mean", "coverage", 2, 1),
            new Column("false_negative_usage_share_mean", "false neg.", 3, 1),
            new Column("false_positive_models_mean", "false pos.", 2, 1),
            new Column("regulator_caseload_mean", "caseload", 2, 1),
            new Column("compliance_cost_usd_mean", "compliance $M/mo", 1, 1e-6),
            new Column("coverage_latency_months_mean", "latency (mo)", 1, 1),
            new Column("determined_actor_margin_E_last", "actor margin (E, end)", 2, 1),
            new Column("regulator_frontier_gap_E_mean", "frontier gap (E)", 2, 1));

    /** How each policy's main parameter reads in the table; any other setting is shown as key=value. */
    private static final Map<String, DoubleFunction<String>> PARAMETERS = Map.of(
            "thresholdFlop", v -> String.format(Locale.ROOT, "%.0e FLOP", v),
            "lowThresholdFlop", v -> String.format(Locale.ROOT, "%.0e FLOP if reasoning-trained", v),
            "thresholdE", v -> String.format(Locale.ROOT, "E >= %.0f", v),
            "evalMultiplier", v -> String.format(Locale.ROOT, "evaluated at k = %.0e", v),
            "revenueThresholdUsd", v -> String.format(Locale.ROOT, "$%.1e/yr", v),
            "frontierMarginOom", v -> String.format(Locale.ROOT, "%.1f OOM below", v),
            "evaluationsPerPeriod", v -> String.format(Locale.ROOT, "%.0f evals/period", v),
            "monitoringSiteFlopPerMonth", v -> String.format(Locale.ROOT, "sites >= %.0e FLOP/mo", v));

    private PolicyFrontierTable() {
    }

    /** The tables as Markdown, one level-4 heading per scenario. */
    public static String markdown(Path runsCsv) throws IOException {
        List<Point> points = PolicyFrontierRuns.read(runsCsv, COLUMNS.stream().map(Column::csv).toList());
        List<ReportDocument.Block> blocks = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("policy", "main parameter"));
        COLUMNS.forEach(c -> header.add(c.heading()));
        List<Boolean> numeric = new ArrayList<>(List.of(false, false));
        COLUMNS.forEach(c -> numeric.add(true));
        for (String scenario : points.stream().map(Point::scenario).distinct().toList()) {
            List<Point> of = points.stream().filter(p -> p.scenario().equals(scenario)).toList();
            List<List<String>> rows = new ArrayList<>();
            for (Point p : of) {
                rows.add(row(p, varying(of, p.policy())));
            }
            blocks.add(new ReportDocument.Heading(4, "`" + scenario + "`"));
            blocks.add(new ReportDocument.Table(header, rows, numeric));
        }
        return MarkdownRenderer.renderBlocks(blocks);
    }

    /**
     * The regulator settings that differ between the design points of one policy in one scenario: the
     * parameter the experiment sweeps for it (runs.csv holds every setting of every run, swept or not).
     */
    static Set<String> varying(List<Point> points, String policy) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (Point p : points) {
            if (p.policy().equals(policy)) {
                p.parameters().forEach((key, value) -> values.computeIfAbsent(key, k -> new HashSet<>()).add(value));
            }
        }
        Set<String> varying = new LinkedHashSet<>();
        values.forEach((key, seen) -> {
            if (seen.size() > 1) {
                varying.add(key);
            }
        });
        return varying;
    }

    private static List<String> row(Point p, Set<String> swept) {
        List<String> row = new ArrayList<>();
        row.add(p.policy().toLowerCase(Locale.ROOT).replace('_', ' '));
        Map<String, String> shown = new LinkedHashMap<>(p.parameters());
        shown.keySet().retainAll(swept);
        row.add(parameters(shown));
        for (Column c : COLUMNS) {
            row.add(cell(p.of(c.csv()), p.runs(), c));
        }
        return row;
    }

    static String parameters(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        parameters.forEach((key, value) -> {
            DoubleFunction<String> format = PARAMETERS.get(key);
            String shown = key + "=" + value;
            if (format != null) {
                try {
                    shown = format.apply(Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    // not a number: shown as written
                }
            }
            parts.add(shown);
        });
        return String.join(", ", parts);
    }

    /** {@code mean [p10, p90]} over the seeds with a value, {@code (n=k)} when not all have one. */
    static String cell(double[] values, int runs, Column column) {
        if (values.length == 0) {
            return "NA";
        }
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] * column.scale();
        }
        Percentile percentile = new Percentile();
        String f = "%." + column.decimals() + "f";
        String text = String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", StatUtils.mean(scaled),
                percentile.evaluate(scaled, LOW), percentile.evaluate(scaled, HIGH));
        return values.length < runs ? text + " (n=" + values.length + ")" : text;
    }
}
