package org.inferenceshift.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.calibration.CalibrationWriter;
import org.inferenceshift.experiment.ScenarioPaths;
import org.inferenceshift.output.IoErrors;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * The worlds of a calibration's approximate posterior: the parameter sets {@code calibrate} kept by ABC
 * rejection ({@code posterior.csv}: {@code sample}, one column per fitted parameter path, {@code distance}).
 * {@code claims --posterior} runs every arm in each of them, so that "robust" can also mean robust across
 * worlds as close to the 2023–2025 facts as the best fit, not only across the hand-chosen ranges.
 *
 * @param source the file's name as the report cites it (not its full path, so moving a results folder
 *               does not change the experiment it plans)
 */
public record PosteriorWorlds(String source, List<String> paths, List<double[]> points) {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    public PosteriorWorlds {
        paths = List.copyOf(paths);
        points = points.stream().map(double[]::clone).toList();
    }

    /** Reads and checks {@code file}; every problem names the file and the line or column. */
    public static PosteriorWorlds read(Path file) throws ScenarioException {
        String at = file.toString();
        List<String> header;
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = CSV.parse(in)) {
            header = csv.getHeaderNames();
            records = csv.getRecords();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(at + ": no such file (give the posterior.csv of a calibrate results folder)");
        } catch (IOException e) {
            throw new ScenarioException(at + ": cannot read: " + IoErrors.reason(e));
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ScenarioException(at + ": not a posterior table: " + e.getMessage());
        }
        String sample = CalibrationWriter.SAMPLE_COLUMN;
        String distance = CalibrationWriter.DISTANCE_COLUMN;
        if (header.size() < 3 || !header.get(0).equals(sample) || !header.get(header.size() - 1).equals(distance)) {
            throw new ScenarioException(at + ": line 1: the header must be " + sample + ", the parameter paths, "
                    + distance + " (as calibrate writes posterior.csv); got " + String.join(",", header));
        }
        List<String> paths = header.subList(1, header.size() - 1);
        if (records.isEmpty()) {
            throw new ScenarioException(at + ": no parameter sets below the header (the calibration kept none)");
        }
        List<double[]> points = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            int line = r + 2;
            if (record.size() != header.size()) {
                throw new ScenarioException(at + ": line " + line + ": " + record.size() + " cells where the header has "
                        + header.size());
            }
            double[] point = new double[paths.size()];
            for (int i = 0; i < point.length; i++) {
                String cell = record.get(i + 1);
                try {
                    point[i] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    point[i] = Double.NaN;
                }
                if (!Double.isFinite(point[i])) {
                    throw new ScenarioException(at + ": line " + line + ", column " + paths.get(i) + ": \"" + cell
                            + "\" is not a finite number");
                }
            }
            points.add(point);
        }
        return new PosteriorWorlds(file.getFileName().toString(), paths, points);
    }

    /**
     * Checks that every column names a number in each scenario file and that every parameter set is a
     * valid scenario there, before anything runs; {@code at} names the posterior file in messages.
     */
    public void checkAgainst(List<Path> scenarioFiles, String at) throws ScenarioException {
        for (Path file : scenarioFiles) {
            JsonNode tree;
            try {
                tree = ScenarioLoader.mapper().readTree(ScenarioLoader.toJson(ScenarioLoader.load(file)));
            } catch (IOException e) {
                throw new ScenarioException(file + ": cannot read: " + IoErrors.reason(e));
            }
            for (String path : paths) {
                String problem = ScenarioPaths.problem(path, tree);
                if (problem == null && !tree.at("/" + path.replace('.', '/')).isNumber()) {
                    problem = "\"" + path + "\" is not a number in the scenario";
                }
                if (problem != null) {
                    throw new ScenarioException(at + ": line 1, column " + path + ": " + problem + " (in "
                            + file.getFileName() + ")");
                }
            }
            for (int r = 0; r < points.size(); r++) {
                Map<String, JsonNode> overrides = new LinkedHashMap<>();
                for (int i = 0; i < paths.size(); i++) {
                    overrides.put(paths.get(i), DoubleNode.valueOf(points.get(r)[i]));
                }
                try {
                    ScenarioLoader.load(file, overrides);
                } catch (ScenarioException e) {
                    throw new ScenarioException(at + ": line " + (r + 2) + ": not a valid world of "
                            + file.getFileName() + ": " + e.getMessage());
                }
            }
        }
    }
}
