package org.inferenceshift.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.experiment.ParameterRange;
import org.inferenceshift.validation.StylizedFact;

/**
 * Every candidate evaluated, one CSV row each as soon as it is done ({@code evaluations.csv}): the phase
 * that asked for it, the parameter values (exact: {@link Double#toString}), the phase's distance, and every
 * fact's mean over seeds. A calibration started again on the same folder reads it back and does not rerun
 * a candidate it holds; since the optimiser and the sample are deterministic, the run replays to where it
 * stopped and carries on (as {@code batch --resume} does with finished runs).
 */
final class EvaluationLog implements AutoCloseable {
    static final String FILE = "evaluations.csv";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final List<ParameterRange> parameters;
    private final Map<String, Map<String, Double>> known = new HashMap<>();
    private final CSVPrinter out;
    private int rows;

    EvaluationLog(Path file, List<ParameterRange> parameters) throws IOException {
        this.parameters = List.copyOf(parameters);
        List<String> header = header();
        boolean exists = Files.exists(file) && Files.size(file) > 0;
        if (exists) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<CSVRecord> records = CSV.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
                for (CSVRecord rec : records) {
                    if (!rec.isConsistent()) {
                        continue; // a row cut short by an interruption: evaluated again
                    }
                    double[] x = new double[parameters.size()];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = Double.parseDouble(rec.get(2 + i));
                    }
                    Map<String, Double> means = new LinkedHashMap<>();
                    for (StylizedFact f : StylizedFact.values()) {
                        means.put(f.id(), Double.parseDouble(rec.get(f.id())));
                    }
                    known.put(key(x), means);
                    rows++;
                }
            }
        }
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        out = new CSVPrinter(w, CSV);
        if (!exists) {
            out.printRecord(header);
            out.flush();
        }
    }

    private List<String> header() {
        List<String> h = new ArrayList<>(List.of("evaluation", "phase"));
        parameters.forEach(p -> h.add(p.path()));
        h.add("distance");
        for (StylizedFact f : StylizedFact.values()) {
            h.add(f.id());
        }
        return h;
    }

    /** The means of an earlier evaluation of exactly these values, or null. */
    Map<String, Double> lookup(double[] x) {
        return known.get(key(x));
    }

    int resumed() {
        return known.size();
    }

    void record(String phase, double[] x, double distance, Map<String, Double> means) throws IOException {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(rows++));
        row.add(phase);
        for (double v : x) {
            row.add(Double.toString(v));
        }
        row.add(Double.toString(distance));
        for (StylizedFact f : StylizedFact.values()) {
            Double m = means.get(f.id());
            row.add(Double.toString(m == null ? Double.NaN : m));
        }
        out.printRecord(row);
        out.flush();
        known.put(key(x), means);
    }

    static String key(double[] x) {
        StringBuilder b = new StringBuilder();
        for (double v : x) {
            b.append(Double.toString(v)).append(';');
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
