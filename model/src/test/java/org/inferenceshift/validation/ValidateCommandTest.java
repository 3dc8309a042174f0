package org.inferenceshift.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.cli.CliHarness;
import org.inferenceshift.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --quick} as the README runs it, on the shipped quick experiment: every fact gets a row,
 * a verdict and a figure, results do not depend on the thread count, the document's results block is
 * replaced and nothing else, and bad input is refused with the file and path named.
 */
class ValidateCommandTest {
    private static final Path QUICK = Path.of("..", "scenarios", "experiments", "validation-quick.json");

    @TempDir
    static Path tmp;

    private static Path twoThreads;
    private static String stdout;

    private static String stderr;

    @BeforeAll
    static void runQuickValidationOnce() {
        twoThreads = tmp.resolve("quick-2");
        assertEquals(ExitCodes.SUCCESS, run("validate", "--quick", "--experiment", QUICK.toString(),
                "--out", twoThreads.toString(), "--threads", "2"), stderr);
    }

    private static int run(String... args) {
        CliHarness cli = new CliHarness();
        int code = cli.run(args);
        stdout = cli.stdout;
        stderr = cli.stderr;
        return code;
    }

    @Test
    void everyFactHasARowAVerdictAndAFigure() throws Exception {
        String table = Files.readString(twoThreads.resolve(ValidationWriter.TABLE_FILE));
        List<String> facts = Files.readAllLines(twoThreads.resolve(ValidationWriter.FACTS_FILE));
        assertEquals(StylizedFact.values().length + 1, facts.size(), "a header and one row per fact");
        for (StylizedFact fact : StylizedFact.values()) {
            assertTrue(table.contains("| `" + fact.id() + "` |"), fact.id());
            Path figure = twoThreads.resolve(ValidationWriter.FIGURES_DIR).resolve(fact.id() + ".png");
            assertTrue(Files.size(figure) > 10_000, fact.id() + " figure");
        }
        assertTrue(facts.stream().skip(1).allMatch(l -> l.endsWith(",pass") || l.endsWith(",miss")));
        assertTrue(table.contains("facts in band"), "the tally of passes");
        // three seeds, one row per fact and seed
        assertEquals(StylizedFact.values().length * 3 + 1, Files.readAllLines(twoThreads.resolve(ValidationWriter.VALUES_FILE)).size());
    }

    @Test
    void theHtmlReportEmbedsEveryFactsFigureAndListsItsSections() throws Exception {
        String html = Files.readString(twoThreads.resolve(ValidationWriter.REPORT_FILE));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("src=\"figures/"), "report.html must embed its figures");
        for (StylizedFact fact : StylizedFact.values()) {
            byte[] png = Files.readAllBytes(twoThreads.resolve(ValidationWriter.FIGURES_DIR).resolve(fact.id() + ".png"));
            assertTrue(html.contains("src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png) + "\""),
                    fact.id() + " figure embedded as written");
        }
        assertTrue(html.contains("<a href=\"#results\">Results</a>"), "a contents entry for the results");
        assertFalse(html.contains("**"), "no Markdown marks in the HTML");
    }

    @Test
    void inputsReadBackTheScenarioTrends() throws Exception {
        // calibration-2024 sets 1.35x/year for FLOP per dollar and 3x/year for algorithms: every seed reads them
        for (String line : Files.readAllLines(twoThreads.resolve(ValidationWriter.VALUES_FILE))) {
            if (line.startsWith(StylizedFact.HARDWARE_PRICE_PERFORMANCE.id() + ",")) {
                assertEquals(1.35, Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)), 1e-9);
            }
            if (line.startsWith(StylizedFact.ALGORITHMIC_EFFICIENCY.id() + ",")) {
                assertEquals(3.0, Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)), 1e-9);
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Path oneThread = tmp.resolve("quick-1");
        assertEquals(ExitCodes.SUCCESS, run("validate", "--experiment", QUICK.toString(), "--out", oneThread.toString(),
                "--threads", "1"), stderr);
        for (String file : new String[] {ValidationWriter.FACTS_FILE, ValidationWriter.VALUES_FILE, ValidationWriter.TABLE_FILE,
                ValidationWriter.REPORT_FILE}) {
            assertEquals(Files.readString(twoThreads.resolve(file)), Files.readString(oneThread.resolve(file)), file);
        }
    }

    @Test
    void docReplacesOnlyTheResultsBlock() throws Exception {
        Path doc = tmp.resolve("VALIDATION.md");
        String before = "# Title\n\nHand-written bands.\n\n" + ValidationDoc.BEGIN + "\nold table\n" + ValidationDoc.END
                + "\n\n## Misses\nHand-written reasons.\n";
        Files.writeString(doc, before);
        assertEquals(ExitCodes.SUCCESS, run("validate", "--experiment", QUICK.toString(), "--out",
                tmp.resolve("quick-doc").toString(), "--doc", doc.toString()), stderr);
        String after = Files.readString(doc);
        assertFalse(after.contains("old table"));
        assertTrue(after.startsWith("# Title\n\nHand-written bands.\n\n" + ValidationDoc.BEGIN + "\n"));
        assertTrue(after.endsWith(ValidationDoc.END + "\n\n## Misses\nHand-written reasons.\n"));
        assertTrue(after.contains(Files.readString(tmp.resolve("quick-doc").resolve(ValidationWriter.TABLE_FILE))
                .substring("# Validation results\n\n".length())));
    }

    @Test
    void aDocWithoutTheMarkersIsRefusedBeforeAnythingRuns() throws Exception {
        Path doc = tmp.resolve("plain.md");
        Files.writeString(doc, "# no markers\n");
        Path out = tmp.resolve("never");
        assertEquals(ExitCodes.BAD_INPUT, run("validate", "--experiment", QUICK.toString(), "--out", out.toString(),
                "--doc", doc.toString()));
        assertTrue(stderr.contains("plain.md") && stderr.contains("validate:begin"), stderr);
        assertFalse(Files.exists(out));
        assertEquals("# no markers\n", Files.readString(doc));
    }

    @Test
    void anExperimentThatCannotAnswerAFactIsRefusedWithItsPath() throws Exception {
        Path experiment = tmp.resolve("missing-metric.json");
        Files.writeString(experiment, Files.readString(QUICK).replace("\"mean_price_paid\"", "\"hhi_revenue\"")
                .replace("\"../calibration-2024.json\"", "\"" + Path.of("..", "scenarios", "calibration-2024.json")
                        .toAbsolutePath().toString().replace("\\", "\\\\") + "\""));
        assertEquals(ExitCodes.BAD_INPUT, run("validate", "--experiment", experiment.toString(), "--out",
                tmp.resolve("never-2").toString()));
        assertTrue(stderr.contains("missing-metric.json") && stderr.contains("$.keep.metrics")
                && stderr.contains("mean_price_paid"), stderr);
    }

    @Test
    void theCommandPrintsTheTable() {
        assertTrue(stdout != null);
        assertEquals(ExitCodes.SUCCESS, run("validate", "--experiment", QUICK.toString(), "--out",
                tmp.resolve("quick-print").toString()), stderr);
        assertTrue(stdout.contains("| `paying_share` |") && stdout.contains("Results: "), stdout);
    }
}
