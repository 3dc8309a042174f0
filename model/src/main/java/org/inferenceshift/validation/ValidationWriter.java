package org.inferenceshift.validation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inferenceshift.experiment.PlannedRun;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.Numbers;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.report.HtmlRenderer;

/**
 * Writes a validation's results folder, complete or not at all: {@code validation.md} (the table),
 * {@code facts.csv} (one row per fact), {@code values.csv} (one row per fact and seed),
 * {@code figures/<fact>.png} and {@code report.html} (all of it on one self-contained page).
 */
public final class ValidationWriter {
    public static final String TABLE_FILE = "validation.md";
    public static final String FACTS_FILE = "facts.csv";
    public static final String VALUES_FILE = "values.csv";
    public static final String FIGURES_DIR = "figures";
    public static final String REPORT_FILE = "report.html";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private ValidationWriter() {
    }

    public static void write(Validation.Outcome outcome, Path folder) throws IOException, OutputExistsException {
        try (AtomicFolder out = AtomicFolder.create(folder)) {
            Path dir = out.staging();
            Files.writeString(dir.resolve(TABLE_FILE), "# Validation results\n\n" + ValidationTable.markdown(outcome),
                    StandardCharsets.UTF_8);
            writeFacts(outcome, dir.resolve(FACTS_FILE));
            writeValues(outcome, dir.resolve(VALUES_FILE));
            Path figures = Files.createDirectories(dir.resolve(FIGURES_DIR));
            Map<String, byte[]> pngs = new HashMap<>();
            for (FactResult r : outcome.results()) {
                Path png = figures.resolve(r.fact().id() + ".png");
                FactFigure.write(r, outcome, png);
                pngs.put(r.fact().id(), Files.readAllBytes(png));
            }
            Files.writeString(dir.resolve(REPORT_FILE), HtmlRenderer.render(ValidationReport.build(outcome, pngs)),
                    StandardCharsets.UTF_8);
            out.commit();
        }
    }

    private static void writeFacts(Validation.Outcome outcome, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, CSV)) {
            csv.printRecord("fact", "role", "metric", "reading", "month", "band_low", "band_high", "observed",
                    "mean", "p2_5", "p97_5", "seeds_in_band", "seeds", "verdict");
            for (FactResult r : outcome.results()) {
                StylizedFact f = r.fact();
                csv.printRecord(f.id(), f.role().label(), f.metric().column(), f.reading().name().toLowerCase(java.util.Locale.ROOT),
                        f.month(), Numbers.format(f.bandLow()), Numbers.format(f.bandHigh()), Numbers.format(f.observed()),
                        Numbers.format(r.mean()), Numbers.format(r.lower()), Numbers.format(r.upper()),
                        r.seedsInBand(), r.runs(), r.passes() ? "pass" : "miss");
            }
        }
    }

    private static void writeValues(Validation.Outcome outcome, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, CSV)) {
            csv.printRecord("fact", "run_id", "seed", "value");
            for (FactResult r : outcome.results()) {
                for (int i = 0; i < r.runs(); i++) {
                    PlannedRun run = outcome.plan().runs().get(i);
                    csv.printRecord(r.fact().id(), run.id(), run.seed(), Numbers.format(r.values()[i]));
                }
            }
        }
    }
}
