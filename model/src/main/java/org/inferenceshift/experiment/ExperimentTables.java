package org.inferenceshift.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.output.CsvCells;
import org.inferenceshift.output.Numbers;

/**
 * The experiment's two tables. {@code runs.csv}: one row per run with its id, scenario, design point,
 * the value of every varied parameter, replicate, seed and the kept summary statistics.
 * {@code timeseries.csv}: long form, one row per run, month and kept metric. Each run's rows are
 * formatted once, into its part file, and the tables are the parts concatenated in run order.
 */
final class ExperimentTables {
    static final String RUNS_FILE = "runs.csv";
    static final String TIMESERIES_FILE = "timeseries.csv";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    static final List<String> TIMESERIES_HEADER = List.of("run_id", "month", "date", "metric", "value");

    private ExperimentTables() {
    }

    static List<String> runsHeader(RunPlan plan) {
        List<String> header = new ArrayList<>(List.of("run_id", "scenario", "point"));
        header.addAll(plan.parameters());
        header.addAll(List.of("replicate", "seed"));
        header.addAll(plan.keep().summaryColumns());
        return header;
    }

    /** A run's part: its {@code runs.csv} record on the first line, then its {@code timeseries.csv} records. */
    static String part(PlannedRun run, RunRow row, KeepSpec keep) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<String> record = new ArrayList<>();
            record.add(Integer.toString(run.id()));
            record.add(CsvCells.text(run.scenario()));
            record.add(Integer.toString(run.point()));
            record.addAll(run.parameterValues());
            record.add(Integer.toString(run.replicate()));
            record.add(Long.toString(run.seed()));
            for (double v : row.summary()) {
                record.add(Numbers.format(v));
            }
            csv.printRecord(record);
            YearMonth start = YearMonth.parse(run.start());
            String id = Integer.toString(run.id());
            int months = row.series().length == 0 ? 0 : row.series()[0].length;
            for (int month = 0; month < months; month++) {
                String date = start.plusMonths(month).toString();
                for (int m = 0; m < keep.metrics().size(); m++) {
                    csv.printRecord(id, month, date, keep.metrics().get(m).column(), Numbers.format(row.series()[m][month]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("formatting into memory cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Writes both tables from the parts, streaming one part at a time. A part is already formatted as the
     * tables are, so its first record goes to {@code runs.csv} and the rest to {@code timeseries.csv}
     * unchanged: no part is parsed and printed again.
     */
    static void assemble(RunPlan plan, RunStore store, Path runsFile, Path timeseriesFile) throws IOException {
        try (Writer runsOut = Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8);
             Writer seriesOut = Files.newBufferedWriter(timeseriesFile, StandardCharsets.UTF_8)) {
            runsOut.write(record(runsHeader(plan)));
            seriesOut.write(record(TIMESERIES_HEADER));
            for (int id = 0; id < plan.size(); id++) {
                String part = store.content(id);
                int runsRecordEnd = firstRecordLength(part, id);
                runsOut.write(part, 0, runsRecordEnd);
                seriesOut.write(part, runsRecordEnd, part.length() - runsRecordEnd);
            }
        }
    }

    /** Where a part's first ({@code runs.csv}) record ends: the length of that record as this format prints it. */
    private static int firstRecordLength(String part, int runId) throws IOException {
        try (CSVParser parser = CSV.parse(new StringReader(part))) {
            Iterator<CSVRecord> records = parser.iterator();
            String first = records.hasNext() ? record(records.next().toList()) : "";
            if (first.isEmpty() || !part.startsWith(first)) {
                throw new IOException("the stored part of run " + runId + " does not start with its runs.csv record; run the experiment again");
            }
            return first.length();
        }
    }

    /** One record as this format prints it, record separator included. */
    private static String record(List<String> values) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException("formatting into memory cannot fail", e);
        }
        return out.toString();
    }

    /** The kept series of one run read back from its part: {@code [metric][month]}, NaN where "NA". */
    static double[][] series(RunStore store, int runId, KeepSpec keep) throws IOException {
        List<Metric> metrics = keep.metrics();
        List<List<Double>> values = new ArrayList<>();
        metrics.forEach(m -> values.add(new ArrayList<>()));
        try (CSVParser parser = CSV.parse(new StringReader(store.content(runId)))) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            int m = 0;
            while (records.hasNext()) {
                String v = records.next().get(4);
                values.get(m).add(v.equals(Numbers.MISSING) ? Double.NaN : Double.parseDouble(v));
                m = (m + 1) % metrics.size();
            }
        }
        double[][] out = new double[metrics.size()][];
        for (int m = 0; m < metrics.size(); m++) {
            out[m] = values.get(m).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return out;
    }
}
