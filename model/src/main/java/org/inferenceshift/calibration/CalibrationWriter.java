package org.inferenceshift.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inferenceshift.experiment.ParameterRange;
import org.inferenceshift.output.Numbers;
import org.inferenceshift.report.HtmlRenderer;
import org.inferenceshift.report.MarkdownRenderer;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.validation.FactFigure;
import org.inferenceshift.validation.FactResult;

/**
 * Writes a calibration's files into its (staging) folder: {@code fitted-scenario.json} (the scenario file
 * with the fitted values written in), {@code posterior.csv} (the parameter sets ABC rejection kept, one row
 * each: {@code sample}, one column per fitted parameter path, {@code distance}), {@code sample.csv} (every
 * Sobol point, kept or not), {@code fit-report.md} and {@code fit-report.html} (self-contained, every
 * string escaped by the renderer), and {@code figures/<fact>.png} (the fitted scenario's seeds over time
 * against each band). {@code evaluations.csv} is already there, written as the candidates ran.
 */
public final class CalibrationWriter {
    public static final String FITTED_FILE = "fitted-scenario.json";
    public static final String POSTERIOR_FILE = "posterior.csv";
    public static final String SAMPLE_FILE = "sample.csv";
    public static final String REPORT_MD = "fit-report.md";
    public static final String REPORT_HTML = "fit-report.html";
    public static final String FIGURES_DIR = "figures";
    /** The column of a posterior table that is not a parameter. */
    public static final String SAMPLE_COLUMN = "sample";
    public static final String DISTANCE_COLUMN = "distance";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CalibrationWriter() {
    }

    public static void write(Calibrator.Outcome outcome, Path dir) throws IOException {
        CalibrationSpec spec = outcome.spec();
        Files.writeString(dir.resolve(FITTED_FILE), fittedScenario(outcome) + "\n", StandardCharsets.UTF_8);
        writeSample(outcome.posterior(), spec.parameters(), dir.resolve(POSTERIOR_FILE), false);
        writeSample(outcome.sample(), spec.parameters(), dir.resolve(SAMPLE_FILE), true);
        Path figures = Files.createDirectories(dir.resolve(FIGURES_DIR));
        Map<String, byte[]> pngs = new HashMap<>();
        for (FactResult r : outcome.after().results()) {
            Path png = figures.resolve(r.fact().id() + ".png");
            FactFigure.write(r, outcome.after(), png);
            pngs.put(r.fact().id(), Files.readAllBytes(png));
        }
        Files.writeString(dir.resolve(REPORT_MD), MarkdownRenderer.render(FitReport.build(outcome, Map.of())),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(REPORT_HTML), HtmlRenderer.render(FitReport.build(outcome, pngs)),
                StandardCharsets.UTF_8);
    }

    /** The experiment's scenario file with each fitted path set to its fitted value, and a name saying so. */
    static String fittedScenario(Calibrator.Outcome outcome) throws IOException {
        CalibrationSpec spec = outcome.spec();
        JsonNode tree = spec.experiment().scenarios().get(0).tree().deepCopy();
        if (tree instanceof ObjectNode root) {
            root.put("name", root.path("name").asText("scenario") + "-fitted");
            root.put("purpose", "Fitted by ./inferenceshift calibrate (" + spec.file().getFileName() + ", distance "
                    + Numbers.format(outcome.fit().distance()) + ") from: " + root.path("purpose").asText(""));
        }
        for (int i = 0; i < spec.parameters().size(); i++) {
            set(tree, spec.parameters().get(i).path(), outcome.fit().values()[i]);
        }
        try {
            ScenarioLoader.resolve(tree, Map.of(), spec.experiment().scenarios().get(0).reference());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the fitted scenario no longer resolves: " + e.getMessage(), e);
        }
        return ScenarioLoader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /** Sets a dotted path (object fields and array indices), making the objects on the way. */
    static void set(JsonNode tree, String dotted, double value) {
        String[] parts = dotted.split("\\.");
        JsonNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            if (node instanceof ArrayNode array) {
                node = array.get(Integer.parseInt(parts[i]));
            } else {
                ObjectNode object = (ObjectNode) node;
                JsonNode next = object.get(parts[i]);
                node = next != null ? next : object.putObject(parts[i]);
            }
        }
        String last = parts[parts.length - 1];
        if (node instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), DoubleNode.valueOf(value));
        } else {
            ((ObjectNode) node).put(last, value);
        }
    }

    private static void writeSample(List<Calibrator.SamplePoint> points, List<ParameterRange> parameters, Path file,
                                    boolean withKept) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, CSV)) {
            List<String> header = new ArrayList<>(List.of(SAMPLE_COLUMN));
            parameters.forEach(p -> header.add(p.path()));
            header.add(DISTANCE_COLUMN);
            if (withKept) {
                header.add("kept");
            }
            csv.printRecord(header);
            for (Calibrator.SamplePoint p : points) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p.index())));
                for (double v : p.values()) {
                    row.add(Double.toString(v));
                }
                row.add(Numbers.format(p.distance()));
                if (withKept) {
                    row.add(Boolean.toString(p.kept()));
                }
                csv.printRecord(row);
            }
        }
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

}
