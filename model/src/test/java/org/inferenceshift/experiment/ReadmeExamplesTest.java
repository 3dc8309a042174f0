package org.inferenceshift.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.cli.CliHarness;
import org.inferenceshift.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code runs.csv} example is what {@code batch scenarios/experiments/eras-quick.json} writes: each
 * shown cell is the written one, or a prefix of it where the README ends it with "...", and a closing "..."
 * stands for the columns left out. When the model changes, the failure prints the rows to paste.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path ERAS_QUICK = Path.of("..", "scenarios", "experiments", "eras-quick.json");

    @Test
    void theRunsCsvExampleRowsAreWhatTheQuickExperimentWrites(@TempDir Path dir) throws Exception {
        CliHarness cli = new CliHarness();
        Path out = dir.resolve("eras-quick");
        assertEquals(ExitCodes.SUCCESS, cli.run("batch", ERAS_QUICK.toString(), "--threads", "2", "--out", out.toString()), cli.stderr);
        List<String> written = Files.readAllLines(out.resolve("runs.csv"), StandardCharsets.UTF_8);
        List<String> shown = exampleBlock(Files.readString(README, StandardCharsets.UTF_8), "run_id,");
        assertTrue(shown.size() >= 2, "the README shows a header and rows");
        String header = shown.get(0);
        assertTrue(matches(header, written.get(0)), "header: README " + header + ", written " + written.get(0));
        for (String row : shown.subList(1, shown.size())) {
            int runId = Integer.parseInt(row.substring(0, row.indexOf(',')));
            String actual = written.get(1 + runId);
            assertTrue(matches(row, actual), "README.md's runs.csv example differs from what batch writes; the rows are now:\n"
                    + suggestion(header, written, shown));
        }
    }

    /** The lines of the first fenced block whose first line starts with {@code start}. */
    static List<String> exampleBlock(String markdown, String start) {
        int at = markdown.indexOf("```\n" + start);
        assertTrue(at >= 0, "no example block starting with " + start);
        int from = at + 4;
        String block = markdown.substring(from, markdown.indexOf("\n```", from));
        return List.of(block.split("\n"));
    }

    /** Cell by cell: equal, or "prefix..." of the written cell; a last cell "..." matches whatever columns remain. */
    static boolean matches(String shown, String written) {
        String[] s = shown.split(",", -1);
        String[] w = written.split(",", -1);
        for (int i = 0; i < s.length; i++) {
            if (i == s.length - 1 && s[i].equals("...")) {
                return w.length >= s.length - 1;
            }
            if (i >= w.length) {
                return false;
            }
            boolean ok = s[i].endsWith("...") ? w[i].startsWith(s[i].substring(0, s[i].length() - 3)) : s[i].equals(w[i]);
            if (!ok) {
                return false;
            }
        }
        return s.length == w.length;
    }

    /** The README's rows again, cut as the README cuts them, from the written file. */
    private static String suggestion(String header, List<String> written, List<String> shown) {
        int cells = header.split(",").length - 1; // the shown cells before the closing "..."
        List<String> lines = new ArrayList<>(List.of(header));
        for (String row : shown.subList(1, shown.size())) {
            String[] w = written.get(1 + Integer.parseInt(row.substring(0, row.indexOf(',')))).split(",");
            List<String> cut = new ArrayList<>();
            for (int i = 0; i < cells; i++) {
                cut.add(w[i].contains(".") && w[i].length() > 8 ? w[i].substring(0, w[i].indexOf('.') + 3) + "..." : w[i]);
            }
            cut.add("...");
            lines.add(String.join(",", cut));
        }
        return String.join("\n", lines);
    }
}
