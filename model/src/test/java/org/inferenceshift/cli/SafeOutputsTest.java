package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.output.CsvCells;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results are safe to share (issue 23): text from a scenario cannot run as a spreadsheet formula, as HTML
 * in report.md, or as an escape sequence on the terminal; numbers are written untouched.
 */
class SafeOutputsTest {
    private static final String NAME = "<script>alert(1)</script>\u001b[31mred";
    private static final String PURPOSE = "<img src=x onerror=alert(1)> & more";
    private static final String FORMULA_LAB = "=HYPERLINK(\"http://x\",\"y\")";

    @TempDir
    static Path tmp;
    private static Path out;
    private static CliHarness cli;

    @BeforeAll
    static void runWithHostileNames() throws Exception {
        Path file = tmp.resolve("hostile.json");
        Files.writeString(file, """
                {"name": %s, "purpose": %s, "horizonMonths": 6, "population": {"agents": 40},
                 "labs": [{"id": %s}, {"id": "+cmd|' /C calc'!A0"}, {"id": "@SUM(1+1)"}, {"id": "-2+3"}, {"id": "plain"}]}
                """.formatted(json(NAME), json(PURPOSE), json(FORMULA_LAB)), StandardCharsets.UTF_8);
        out = tmp.resolve("out");
        cli = new CliHarness();
        assertEquals(ExitCodes.SUCCESS, cli.run("run", file.toString(), "--out", out.toString(), "--threads", "1"), cli.stderr);
    }

    private static String json(String text) {
        return org.inferenceshift.scenario.ScenarioLoader.mapper().getNodeFactory().textNode(text).toString();
    }

    private static List<CSVRecord> csv(String name) throws Exception {
        try (Reader in = Files.newBufferedReader(out.resolve(name))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void textCellsThatASpreadsheetWouldRunAsFormulasGetALeadingQuote() throws Exception {
        List<String> labIds = csv("labs.csv").stream().map(r -> r.get("lab_id")).distinct().toList();
        assertTrue(labIds.containsAll(List.of("'" + FORMULA_LAB, "'+cmd|' /C calc'!A0", "'@SUM(1+1)", "'-2+3", "plain")), labIds::toString);
        List<String> modelLabs = csv("models.csv").stream().map(r -> r.get("lab_id")).distinct().toList();
        assertTrue(modelLabs.stream().allMatch(id -> !id.startsWith("=") && !id.startsWith("+") && !id.startsWith("@")
                && !id.startsWith("-")), modelLabs::toString);
    }

    @Test
    void numbersAreNeverAlteredSoANegativeNumberStaysANumber() throws Exception {
        for (CSVRecord row : csv("labs.csv")) {
            Double.parseDouble(row.get("cash_usd"));
            Double.parseDouble(row.get("revenue_usd"));
        }
        assertEquals("'-5", CsvCells.text("-5"), "text that looks like a number is still text");
        assertEquals("'\tx", CsvCells.text("\tx"));
        assertEquals("frontier-a", CsvCells.text("frontier-a"));
        assertEquals("", CsvCells.text(""));
    }

    @Test
    void reportMarkdownShowsHtmlFromNamesAndPurposesAsTextNotMarkup() throws Exception {
        String md = Files.readString(out.resolve("report.md"));
        assertFalse(md.contains("<script>") || md.contains("<img"), "no raw HTML from the scenario");
        assertTrue(md.contains("&lt;script>alert(1)&lt;/script>"), md.substring(0, Math.min(400, md.length())));
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)> & more"), "the purpose, shown as written");
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script>alert") || html.contains("<img src=x"), "the HTML report escapes too");
    }

    @Test
    void theTerminalGetsControlCharactersAsVisibleEscapes() {
        String running = cli.stdout.lines().filter(l -> l.startsWith("Running")).findFirst().orElseThrow();
        assertFalse(running.contains("\u001b"), "no raw escape character reaches the terminal");
        assertTrue(running.contains("</script>\\x1b[31mred"), running);
        assertEquals("a\\x0ab\\x1b[2J", TerminalText.clean("a\nb\u001b[2J"));
    }
}
