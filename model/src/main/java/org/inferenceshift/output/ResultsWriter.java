package org.inferenceshift.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.RegulatorRow;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricRow;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Writes a run's results folder: {@code scenario.json} (resolved, reloadable), {@code timeseries.csv}
 * (one row per month, one column per {@link Metric}), {@code labs.csv} (one row per lab per month),
 * {@code regulators.csv} (one row per regulator per month),
 * {@code models.csv} (one row per model ever trained, {@link ModelsCsv}) and {@code summary.json} (end-of-run
 * value of every metric). Contents depend only on the scenario and
 * seed: no timestamps, host names or paths inside files.
 */
public final class ResultsWriter {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private ResultsWriter() {
    }

    /**
     * Writes the data files into an existing folder (normally an {@link AtomicFolder}'s staging folder);
     * the run's charts and reports are the report package's, which batch runs of many seeds may not want per run.
     */
    public static void writeInto(RunResult result, Path dir) throws IOException {
        Files.writeString(dir.resolve("scenario.json"), ScenarioLoader.toJson(result.scenario()), StandardCharsets.UTF_8);
        writeTimeSeries(result, dir.resolve("timeseries.csv"));
        writeLabs(result, dir.resolve("labs.csv"));
        writeRegulators(result, dir.resolve("regulators.csv"));
        ModelsCsv.write(result.modelRecords(), dir.resolve("models.csv"));
        Files.writeString(dir.resolve("summary.json"), summaryJson(result), StandardCharsets.UTF_8);
    }

    public static List<String> timeSeriesHeader() {
        List<String> header = new ArrayList<>(List.of("month", "date"));
        for (Metric metric : Metric.values()) {
            header.add(metric.column());
        }
        return header;
    }

    private static void writeTimeSeries(RunResult result, Path file) throws IOException {
        YearMonth start = YearMonth.parse(result.scenario().start());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSV)) {
            csv.printRecord(timeSeriesHeader());
            for (MetricRow row : result.rows()) {
                List<String> record = new ArrayList<>();
                record.add(Integer.toString(row.month()));
                record.add(start.plusMonths(row.month()).toString());
                for (Metric metric : Metric.values()) {
                    record.add(Numbers.format(row.value(metric)));
                }
                csv.printRecord(record);
            }
        }
    }

    private static void writeLabs(RunResult result, Path file) throws IOException {
        YearMonth start = YearMonth.parse(result.scenario().start());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSV)) {
            csv.printRecord("month", "date", "lab_id", "active", "open_weights", "cash_usd", "revenue_usd",
                    "spend_usd", "raised_usd", "subscribers", "user_share", "allocation_pre", "allocation_post",
                    "allocation_inference", "allocation_ida", "capacity_flop", "demand_flop", "throttle",
                    "served_compute_spend_usd", "idle_compute_spend_usd",
                    "deployed_base_E", "deployed_top_E", "deployed_parameters", "tiers", "min_paid_price_usd",
                    "max_paid_price_usd", "max_multiplier", "ida_internal_E", "ida_deployed_E", "ida_iterations",
                    "allocation_synthetic", "data_wall_flop", "synthetic_verified_tokens");
            for (LabMonth r : result.labMonths()) {
                csv.printRecord(r.month(), start.plusMonths(r.month()).toString(), CsvCells.text(r.labId()), r.active(),
                        r.openWeights(), f(r.cashUsd()), f(r.revenueUsd()), f(r.spendUsd()), f(r.raisedUsd()),
                        f(r.subscribers()), f(r.userShare()), f(r.allocationPre()), f(r.allocationPost()),
                        f(r.allocationInference()), f(r.allocationIda()), f(r.capacityFlop()), f(r.demandFlop()),
                        f(r.throttle()), f(r.servedSpendUsd()), f(r.idleSpendUsd()), f(r.deployedBaseE()), f(r.deployedTopE()), f(r.deployedParameters()),
                        r.tiers(), f(r.minPaidPriceUsd()), f(r.maxPaidPriceUsd()), f(r.maxMultiplier()),
                        f(r.idaInternalE()), f(r.idaDeployedE()), r.idaIterations(), f(r.allocationSynthetic()),
                        f(r.dataWallFlop()), f(r.syntheticVerifiedTokens()));
            }
        }
    }

    private static void writeRegulators(RunResult result, Path file) throws IOException {
        YearMonth start = YearMonth.parse(result.scenario().start());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSV)) {
            List<String> cells = new ArrayList<>(List.of("month", "date"));
            cells.addAll(CsvColumn.header(RegulatorColumn.values()));
            csv.printRecord(cells);
            for (RegulatorRow r : result.regulatorRows()) {
                cells.clear();
                cells.add(Integer.toString(r.month()));
                cells.add(start.plusMonths(r.month()).toString());
                CsvColumn.appendCells(RegulatorColumn.values(), r, cells);
                csv.printRecord(cells);
            }
        }
    }

    public static String summaryJson(RunResult result) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", result.scenario().name());
        root.put("seed", result.scenario().seed());
        root.put("agents", result.scenario().population().agents());
        root.put("months", result.months());
        for (Metric metric : Metric.values()) {
            double v = result.last(metric);
            if (Double.isFinite(v)) {
                root.put(metric.column(), v);
            } else {
                root.putNull(metric.column());
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static String f(double v) {
        return Numbers.format(v);
    }
}
