package org.inferenceshift.claims;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.output.Numbers;

/**
 * The monthly series of the comparison experiment ({@code timeseries.csv}, long form) grouped by arm and
 * metric: {@code runs(scenario, metric)} is one array of monthly values per run, for the claims' figures.
 */
final class ArmSeries {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Map<String, Map<String, List<double[]>>> byScenario;
    private final String start;

    private ArmSeries(Map<String, Map<String, List<double[]>>> byScenario, String start) {
        this.byScenario = byScenario;
        this.start = start;
    }

    static ArmSeries read(Path runsCsv, Path timeseriesCsv) throws IOException {
        Map<String, String> scenarioOfRun = new HashMap<>();
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(in)) {
            for (CSVRecord r : parser) {
                scenarioOfRun.put(r.get("run_id"), r.get("scenario"));
            }
        }
        Map<String, Map<String, List<Double>>> growing = new LinkedHashMap<>();
        String start = null;
        try (Reader in = Files.newBufferedReader(timeseriesCsv, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(in)) {
            for (CSVRecord r : parser) {
                if (start == null) {
                    start = r.get("date");
                }
                String v = r.get("value");
                growing.computeIfAbsent(r.get("run_id"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.get("metric"), k -> new ArrayList<>())
                        .add(v.equals(Numbers.MISSING) ? Double.NaN : Double.parseDouble(v));
            }
        }
        Map<String, Map<String, List<double[]>>> byScenario = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<Double>>> run : growing.entrySet()) {
            Map<String, List<double[]>> metrics = byScenario.computeIfAbsent(scenarioOfRun.get(run.getKey()),
                    k -> new LinkedHashMap<>());
            for (Map.Entry<String, List<Double>> series : run.getValue().entrySet()) {
                metrics.computeIfAbsent(series.getKey(), k -> new ArrayList<>())
                        .add(series.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return new ArmSeries(byScenario, start == null ? "2024-01" : start);
    }

    /** Each run's monthly values of {@code metric} in the arm {@code scenario} (empty if none). */
    List<double[]> runs(String scenario, String metric) {
        return byScenario.getOrDefault(scenario, Map.of()).getOrDefault(metric, List.of());
    }

    /** The first month of the runs, "2024-01". */
    String start() {
        return start;
    }
}
