package org.inferenceshift.claims;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.experiment.Statistic;
import org.inferenceshift.output.Numbers;

/**
 * A batch experiment's {@code runs.csv} read back: one row per run with its scenario, design point,
 * replicate, the values of the sampled parameters and the kept summary statistics
 * ({@code <metric>_<statistic>} columns).
 */
final class RunTable {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    record Row(String scenario, int point, int replicate, double[] parameters, CSVRecord record) {
    }

    private final List<String> parameters;
    private final List<Row> rows;
    private final List<String> header;

    private RunTable(List<String> parameters, List<Row> rows, List<String> header) {
        this.parameters = List.copyOf(parameters);
        this.rows = List.copyOf(rows);
        this.header = List.copyOf(header);
    }

    static RunTable read(Path runsCsv, List<String> parameters) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(in)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                double[] values = new double[parameters.size()];
                for (int p = 0; p < values.length; p++) {
                    values[p] = parse(record.get(parameters.get(p)));
                }
                rows.add(new Row(record.get("scenario"), Integer.parseInt(record.get("point")),
                        Integer.parseInt(record.get("replicate")), values, record));
            }
        }
        rows.sort(Comparator.comparingInt(Row::point).thenComparingInt(Row::replicate));
        return new RunTable(parameters, rows, header);
    }

    /** The statistic of a metric in every run of a scenario, in replicate order (NaN where "NA"). */
    double[] values(String scenario, String metric, Statistic statistic) {
        String column = column(metric, statistic);
        return rows.stream().filter(r -> r.scenario().equals(scenario))
                .mapToDouble(r -> parse(r.record().get(column))).toArray();
    }

    /** The same at one design point of a scenario (a cell of a factorial). */
    double[] valuesAt(String scenario, int point, String metric, Statistic statistic) {
        String column = column(metric, statistic);
        return rows.stream().filter(r -> r.scenario().equals(scenario) && r.point() == point)
                .mapToDouble(r -> parse(r.record().get(column))).toArray();
    }

    /** Whether the runs kept this statistic of this metric. */
    boolean has(String metric, Statistic statistic) {
        return header.contains(column(metric, statistic));
    }

    /** The sampled parameters of each design point, in point order: {@code [point][parameter]}. */
    double[][] points(String scenario) {
        return rows.stream().filter(r -> r.scenario().equals(scenario) && r.replicate() == 0).map(Row::parameters)
                .toArray(double[][]::new);
    }

    /**
     * Per design point of a scenario, in point order, the mean over its replicates of the statistic transformed
     * by {@code transform}; NaN where no replicate has a defined value.
     */
    double[] meanByPoint(String scenario, String metric, Statistic statistic,
                         java.util.function.DoubleUnaryOperator transform) {
        String column = column(metric, statistic);
        java.util.TreeMap<Integer, double[]> sums = new java.util.TreeMap<>();
        for (Row r : rows) {
            if (!r.scenario().equals(scenario)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(r.point(), k -> new double[2]);
            double v = transform.applyAsDouble(parse(r.record().get(column)));
            if (!Double.isNaN(v)) {
                sum[0] += v;
                sum[1]++;
            }
        }
        return sums.values().stream().mapToDouble(sum -> sum[1] > 0 ? sum[0] / sum[1] : Double.NaN).toArray();
    }

    List<String> parameters() {
        return parameters;
    }

    static String column(String metric, Statistic statistic) {
        return metric + "_" + statistic.key();
    }

    private static double parse(String text) {
        return text.equals(Numbers.MISSING) ? Double.NaN : Double.parseDouble(text);
    }
}
