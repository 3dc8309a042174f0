package org.inferenceshift.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The runs.csv of a policy-frontier experiment grouped into design points, read once for the figure and the
 * table of docs/POLICY.md so that both always come from the same runs.
 */
final class PolicyFrontierRuns {
    static final String POLICY_COLUMN = "regulators.0.policy";
    private static final String REGULATOR_PREFIX = "regulators.0.";

    private PolicyFrontierRuns() {
    }

    /**
     * One design point of one scenario.
     *
     * @param runs       its runs (seeds), whether a metric is NA in them or not
     * @param parameters the point's regulator settings other than the policy (key without the prefix, as
     *                   written in runs.csv), in column order
     * @param values     per metric column, the seeds' values with NA left out
     */
    record Point(String scenario, String policy, int runs, Map<String, String> parameters,
                 Map<String, double[]> values) {
        double[] of(String column) {
            return values.get(column);
        }
    }

    /**
     * The design points of {@code runsCsv} in the experiment's order (scenario, then point), keeping the
     * {@code columns}, each of which the file must have.
     */
    static List<Point> read(Path runsCsv, List<String> columns) throws IOException {
        Map<String, List<CSVRecord>> byPoint = new LinkedHashMap<>();
        List<String> parameterColumns = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> required = new ArrayList<>(List.of("run_id", "scenario", "point", POLICY_COLUMN));
            required.addAll(columns);
            for (String column : required) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(runsCsv + ": no column " + column
                            + " (expected the runs.csv of scenarios/experiments/policy-frontier.json)");
                }
            }
            for (String column : csv.getHeaderNames()) {
                if (column.startsWith(REGULATOR_PREFIX) && !column.equals(POLICY_COLUMN)) {
                    parameterColumns.add(column);
                }
            }
            List<CSVRecord> records = new ArrayList<>(csv.getRecords());
            // runs.csv lists runs as they finished: order them as the experiment file does, by scenario (its
            // first run) and design point
            Map<String, Long> scenarioRank = new LinkedHashMap<>();
            for (CSVRecord r : records) {
                scenarioRank.merge(r.get("scenario"), number(runsCsv, r, "run_id"), Math::min);
            }
            records.sort(Comparator.<CSVRecord>comparingLong(r -> scenarioRank.get(r.get("scenario")))
                    .thenComparingLong(r -> number(runsCsv, r, "point"))
                    .thenComparingLong(r -> number(runsCsv, r, "run_id")));
            for (CSVRecord r : records) {
                byPoint.computeIfAbsent(r.get("scenario") + "\u0000" + r.get("point"), k -> new ArrayList<>()).add(r);
            }
        }
        List<Point> points = new ArrayList<>();
        for (List<CSVRecord> runs : byPoint.values()) {
            CSVRecord first = runs.get(0);
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String column : parameterColumns) {
                if (!first.get(column).isEmpty()) {
                    parameters.put(column.substring(REGULATOR_PREFIX.length()), first.get(column));
                }
            }
            Map<String, double[]> values = new LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, values(runsCsv, runs, column));
            }
            points.add(new Point(first.get("scenario"), first.get(POLICY_COLUMN), runs.size(), parameters, values));
        }
        return points;
    }

    private static long number(Path runsCsv, CSVRecord r, String column) {
        try {
            return Long.parseLong(r.get(column));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(runsCsv + ": line " + r.getRecordNumber() + ": " + column
                    + " is not a whole number: " + r.get(column));
        }
    }

    private static double[] values(Path runsCsv, List<CSVRecord> runs, String column) {
        double[] out = new double[runs.size()];
        int n = 0;
        for (CSVRecord r : runs) {
            String v = r.get(column);
            if (v.isEmpty() || v.equals("NA")) {
                continue;
            }
            try {
                out[n++] = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(runsCsv + ": line " + r.getRecordNumber() + ": " + column
                        + " is not a number: " + v);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
