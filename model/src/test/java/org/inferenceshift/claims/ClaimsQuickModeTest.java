package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code inferenceshift claims --quick} end to end, as CI runs it: every claim is in claims.csv with a
 * verdict by the rule, the reports stand alone, and a second run gives the same files byte for byte.
 */
class ClaimsQuickModeTest {
    private static final String SCENARIOS = Path.of("..", "scenarios").toString();

    @TempDir
    static Path shared;
    static Path first;
    static Result firstRun;

    record Result(int code, String out, String err) {
    }

    static Result claims(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = Stream.concat(Stream.of("claims", "--scenarios", SCENARIOS), Stream.of(options))
                .toArray(String[]::new);
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A copy of docs/CLAIMS.md, which the first run updates with --doc. */
    static Path doc;

    @BeforeAll
    static void runQuickMode() throws IOException {
        first = shared.resolve("first");
        doc = Files.copy(Path.of("..", "docs", "CLAIMS.md"), shared.resolve("CLAIMS.md"));
        firstRun = claims("--quick", "--threads", "2", "--out", first.toString(), "--doc", doc.toString());
        assertEquals(0, firstRun.code(), firstRun.err());
    }

    @Test
    void docOptionPutsTheResultsIntoTheDocumentAndKeepsTheRest() throws IOException {
        String original = Files.readString(Path.of("..", "docs", "CLAIMS.md"), StandardCharsets.UTF_8);
        String updated = Files.readString(doc, StandardCharsets.UTF_8);
        assertTrue(updated.contains("Quick mode: 8 seeds per arm on each of two independent seed sets, a robustness design of about 32 worlds (1 seed(s) each)"), updated);
        String before = original.substring(0, original.indexOf(ClaimsDoc.RESULTS_BEGIN));
        String after = original.substring(original.indexOf(ClaimsDoc.RESULTS_END));
        assertTrue(updated.startsWith(before) && updated.endsWith(after), "only the results block may change");
        for (Claim c : ClaimRegistry.claims()) {
            assertTrue(updated.contains("| " + c.id() + " | " + c.title() + " |"), c.id());
        }
    }

    @Test
    void everyClaimHasARowWithAVerdictThatFollowsItsInterval() throws IOException {
        List<CSVRecord> rows = records(first.resolve("claims.csv"));
        assertEquals(ClaimRegistry.claims().stream().map(Claim::id).toList(),
                rows.stream().map(r -> r.get("claim")).toList());
        for (CSVRecord r : rows) {
            String verdict = r.get("verdict");
            if (verdict.equals("untested")) {
                assertFalse(r.get("note").isBlank(), r.get("claim") + " untested without a reason");
                continue;
            }
            String expected = r.get("expected");
            String first = byRule(r, "effect", "ci_low", "ci_high", expected);
            String second = byRule(r, "replicate_effect", "replicate_ci_low", "replicate_ci_high", expected);
            assertEquals(first, r.get("verdict_first_seeds"), r.get("claim"));
            assertEquals(second, r.get("verdict_replicate_seeds"), r.get("claim"));
            assertEquals(first.equals(second) ? first : "unstable", verdict, r.get("claim") + ": the replication rule");
            assertFalse(r.get("effect").equals(r.get("replicate_effect")), r.get("claim") + ": the seed sets are not independent");
            String holm = r.get("verdict_holm");
            assertTrue(holm.equals(verdict) || holm.equals("inconclusive") || holm.equals("unstable"),
                    r.get("claim") + ": adjustment can only weaken a verdict, got " + holm + " from " + verdict);
            int worlds = Integer.parseInt(r.get("worlds"));
            assertTrue(worlds > 0 && worlds <= ClaimsSettings.QUICK.worlds(), r.get("claim") + ": " + worlds + " worlds");
            double pathShare = Double.parseDouble(r.get("path_expected_sign_share"));
            assertTrue(pathShare >= 0 && pathShare <= 1, r.get("claim") + ": path share " + pathShare);
            assertTrue(r.get("path_disagrees").equals("true") || r.get("path_disagrees").equals("false"), r.get("claim"));
            if (r.get("path_disagrees").equals("true")) {
                assertTrue(!r.get("verdict_first_seeds").equals("inconclusive"), "only a signed end point can disagree");
            }
        }
        assertTrue(rows.stream().anyMatch(r -> !r.get("verdict").equals("untested")));
    }

    @Test
    void everyEraClaimIsTakenApartByTheFactorial() throws IOException {
        List<CSVRecord> rows = records(first.resolve("factorial.csv"));
        List<String> eraClaims = ClaimRegistry.claims().stream().filter(c -> c.comparison().equals(ClaimRegistry.ERAS))
                .map(Claim::id).toList();
        List<String> premiseClaims = ClaimRegistry.claims().stream().filter(PremiseFactorial::concerns).map(Claim::id)
                .toList();
        assertEquals(eraClaims.size() * (1 + EraFactorial.effects().size())
                + premiseClaims.size() * PremiseFactorial.CONTRASTS.size(), rows.size());
        for (String id : eraClaims) {
            List<String> effects = rows.stream().filter(r -> r.get("claim").equals(id)
                    && r.get("design").equals(FactorialResult.ERA_DESIGN)).map(r -> r.get("effect")).toList();
            assertEquals(FactorialResult.ERA_ROW, effects.get(0), id);
            assertTrue(effects.contains("gain") && effects.contains("wall×gain×allocation"), id + ": " + effects);
        }
        String md = Files.readString(first.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## Which difference between the eras"), "the report has the factorial section");
        assertTrue(md.contains("## Emergent or premised inference per query"), "the report has the premise section");
        assertTrue(md.contains("## The texts' numbers") && md.contains("E = 26.80"), "the report has the texts' numbers");
        List<CSVRecord> sobol = records(first.resolve("sobol.csv"));
        assertTrue(!sobol.isEmpty(), "Sobol indices for the claims defined in every world");
        for (CSVRecord r : sobol) {
            String cell = r.get("total_order");
            double st = cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
            assertTrue(Double.isNaN(st) || st > -1, r.get("claim") + " " + r.get("parameter") + ": ST " + st);
        }
    }

    @Test
    void thePremiseDesignSharesItsEmergentCellsWithTheRegistryComparison() throws IOException {
        List<CSVRecord> factorial = records(first.resolve("factorial.csv"));
        for (CSVRecord claim : records(first.resolve("claims.csv"))) {
            String id = claim.get("claim");
            List<CSVRecord> premise = factorial.stream().filter(r -> r.get("claim").equals(id)
                    && r.get("design").equals(PremiseFactorial.DESIGN)).toList();
            boolean concerned = PremiseFactorial.CLAIMS.contains(id);
            assertEquals(concerned ? PremiseFactorial.CONTRASTS.size() : 0, premise.size(), id);
            if (!concerned) {
                assertEquals("NA", claim.get("premised_effect"), id);
                continue;
            }
            // cells 0 and 1 are the comparison's own era arms: its emergent era row is claims.csv's effect on both sets
            CSVRecord emergent = premise.get(0);
            assertEquals(PremiseFactorial.ERA_EMERGENT, emergent.get("effect"), id);
            assertEquals(Double.parseDouble(claim.get("effect")), Double.parseDouble(emergent.get("estimate")), 1e-9, id);
            assertEquals(Double.parseDouble(claim.get("replicate_effect")),
                    Double.parseDouble(emergent.get("replicate_estimate")), 1e-9, id);
            assertEquals(claim.get("verdict"), emergent.get("verdict"), id);
            CSVRecord premised = premise.get(1);
            assertEquals(PremiseFactorial.ERA_PREMISED, premised.get("effect"), id);
            assertEquals(premised.get("estimate"), claim.get("premised_effect"), id);
            assertEquals(premised.get("verdict"), claim.get("verdict_premised"), id);
            double low = Double.parseDouble(claim.get("premise_interaction_ci_low"));
            double high = Double.parseDouble(claim.get("premise_interaction_ci_high"));
            double interaction = Double.parseDouble(claim.get("premise_interaction"));
            assertTrue(low <= interaction && interaction <= high, id + ": interaction inside its interval");
        }
        assertTrue(Files.exists(first.resolve("runs/premise/runs.csv")) && Files.exists(first.resolve("experiments/premise-replicate.json")));
    }

    @Test
    void theReportStandsAloneAndHasEveryFigure() throws IOException {
        String html = Files.readString(first.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("src=\"figures/"), "report.html must embed its figures");
        String md = Files.readString(first.resolve("report.md"), StandardCharsets.UTF_8);
        Set<String> linked = md.lines().filter(l -> l.startsWith("!["))
                .map(l -> l.substring(l.indexOf("](") + 2, l.length() - 1)).collect(Collectors.toSet());
        assertTrue(linked.contains("figures/forest.png") && linked.contains("figures/robustness-map.png"));
        for (String figure : linked) {
            assertTrue(Files.size(first.resolve(figure)) > 1000, figure);
        }
        assertEquals(linked.size(), html.split("data:image/png;base64,", -1).length - 1);
        assertTrue(Files.exists(first.resolve("runs/comparison/runs.csv")));
        assertTrue(Files.exists(first.resolve("experiments/robustness.json")));
    }

    @Test
    void quickModeIsDeterministic() throws IOException {
        Path second = shared.resolve("second");
        assertEquals(0, claims("--quick", "--threads", "2", "--out", second.toString()).code());
        for (String file : List.of("claims.csv", "robustness.csv", "factorial.csv", "report.md", "report.html",
                "runs/comparison/runs.csv", "runs/premise/runs.csv", "runs/robustness/runs.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        try (Stream<Path> figures = Files.list(first.resolve(ClaimFigures.DIR))) {
            for (Path figure : (Iterable<Path>) figures::iterator) {
                assertArrayEquals(Files.readAllBytes(figure),
                        Files.readAllBytes(second.resolve(ClaimFigures.DIR).resolve(figure.getFileName())),
                        figure.getFileName().toString());
            }
        }
    }

    @Test
    void badOptionsAndAnExistingFolderAreRefusedWithExitCode2() {
        Result existing = claims("--quick", "--out", first.toString());
        assertEquals(2, existing.code());
        assertTrue(existing.err().contains(first.toString()), existing.err());
        Result resumeWithoutOut = claims("--quick", "--resume");
        assertEquals(2, resumeWithoutOut.code());
        assertTrue(resumeWithoutOut.err().contains("--resume needs --out"), resumeWithoutOut.err());
        assertEquals(2, claims("--quick", "--seeds", "1", "--out", shared.resolve("x").toString()).code());
        assertFalse(Files.exists(shared.resolve("x")));
    }

    @Test
    void aDocumentWithoutResultsBlockIsRefusedBeforeAnythingRuns() throws IOException {
        Path doc = Files.writeString(shared.resolve("notes.md"), "# Notes\n\nno blocks\n");
        Result r = claims("--quick", "--doc", doc.toString(), "--out", shared.resolve("y").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("notes.md") && r.err().contains("no block"), r.err());
        assertFalse(Files.exists(shared.resolve("y")));
        assertEquals("# Notes\n\nno blocks\n", Files.readString(doc));
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    /** The verdict the fixed rule gives one seed set's interval (and checks the estimate lies inside it). */
    private static String byRule(CSVRecord r, String effectColumn, String lowColumn, String highColumn, String expected) {
        double low = Double.parseDouble(r.get(lowColumn));
        double high = Double.parseDouble(r.get(highColumn));
        double effect = Double.parseDouble(r.get(effectColumn));
        assertTrue(low <= effect && effect <= high, r.get("claim") + " " + effectColumn);
        return low > 0 ? (expected.equals("higher") ? "supported" : "contradicted")
                : high < 0 ? (expected.equals("lower") ? "supported" : "contradicted") : "inconclusive";
    }
}
