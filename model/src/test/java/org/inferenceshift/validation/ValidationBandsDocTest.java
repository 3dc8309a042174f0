package org.inferenceshift.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bands in the registry are the bands written in docs/VALIDATION.md (committed before any result was
 * seen): neither can be moved without the other, and the history shows when.
 */
class ValidationBandsDocTest {
    private static final Path DOC = Path.of("..", "docs", "VALIDATION.md");
    private static final String SECTION = "## The facts and their bands";
    /** "1.5% – 6%", "-0.25 – -0.01", "$18 – $35", "3 – 6 labs", "9 – 900x/year": two numbers around an en dash, in the last column. */
    private static final Pattern BAND = Pattern.compile("\\$?(-?[0-9.]+)(%?)[^0-9–|]*–\\s*\\$?(-?[0-9.]+)(%?)[^|]*\\|\\s*$");

    @Test
    void everyFactIsInTheDocWithTheSameBandAndMonth() throws IOException {
        Map<String, String> rows = factRows();
        assertEquals(StylizedFact.values().length, rows.size(), "one row per fact in " + SECTION + ": " + rows.keySet());
        for (StylizedFact fact : StylizedFact.values()) {
            String row = rows.get(fact.id());
            assertTrue(row != null, fact.id() + " has no row in docs/VALIDATION.md");
            Matcher m = BAND.matcher(row);
            assertTrue(m.find(), "no band in the row of " + fact.id() + ": " + row);
            double low = Double.parseDouble(m.group(1)) / (m.group(2).isEmpty() ? 1 : 100);
            double high = Double.parseDouble(m.group(3)) / (m.group(4).isEmpty() ? 1 : 100);
            assertEquals(fact.bandLow(), low, 1e-12, fact.id() + " low end");
            assertEquals(fact.bandHigh(), high, 1e-12, fact.id() + " high end");
            // a mean over a calendar year is read in its December; the doc names the year
            String when = fact.reading() == Reading.MEAN_SINCE_START && fact.month().getMonthValue() == 12
                    ? "| " + fact.month().getYear() + " |" : fact.month().toString();
            assertTrue(row.contains(when), fact.id() + " is read in " + fact.month() + " in the registry");
        }
    }

    private static Map<String, String> factRows() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(SECTION);
        assertTrue(start >= 0, "docs/VALIDATION.md has no section " + SECTION);
        int end = doc.indexOf("\n## ", start + SECTION.length());
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher id = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\|.*$").matcher(section);
        while (id.find()) {
            rows.put(id.group(1), id.group());
        }
        return rows;
    }
}
