package org.inferenceshift.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.inferenceshift.cli.CliHarness;
import org.inferenceshift.experiment.Experiment;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.RunPlanner;

/**
 * Nothing silently wrong (issue 23): valid scenario and experiment files, truncated, with text inserted,
 * a span duplicated, text appended or a value's type changed, are either refused (a message naming the
 * file; exit 2 from the CLI, never a stack trace) or accepted with exactly the meaning the whole text has.
 * The oracle for "the whole text" is {@link StrictJson}, written apart from Jackson: an accepted file must
 * be exactly one JSON value, and what ran must be that value resolved, so a stray brace that cut a file
 * short, or text after its end, can never pass for a shorter file. Tiny populations and horizons keep the
 * end-to-end property to a few seconds.
 */
class MutatedFilesFuzzTest {
    private static final String SCENARIO = """
            {
              "name": "tiny",
              "purpose": "fuzzed",
              "seed": 3,
              "horizonMonths": 6,
              "population": { "agents": 20, "incomeSigma": 0.9 },
              "capability": { "returnsAboveWall": 0.4 },
              "labs": [ { "id": "a", "cashUsd": 2.0e9 }, { "id": "b", "openWeights": true } ]
            }
            """;
    private static final String EXPERIMENT = """
            {
              "name": "tiny-experiment",
              "purpose": "fuzzed",
              "seed": 7,
              "seeds": 2,
              "scenarios": ["tiny.json"],
              "agents": 20,
              "set": { "horizonMonths": 6 },
              "grid": { "population.incomeSigma": [0.6, 1.1] },
              "keep": { "metrics": ["hhi_revenue"], "statistics": ["last", "mean"] }
            }
            """;
    /** What a slip of the keyboard or an editor leaves: brackets, separators, values, another object. */
    private static final List<String> INSERTS = List.of("}", "]", "{", ",", ":", "\"", " }", "},", "} {", "\n}\n",
            "0", "-", ".5", "e9", "null", "true", "\"x\"", "{\"seed\": 9}", ", \"seed\": 9", "//", "NaN", "\u00e9");
    private static final List<String> OTHER_TYPES = List.of("\"1\"", "true", "null", "[]", "{}", "[1]", "-1", "1e400", "0.5");
    private static final Pattern VALUE = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?|true|false|\"[^\"]*\"");

    private static Path dir;
    private static final AtomicInteger RUNS = new AtomicInteger();

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("mutated-files");
        Files.writeString(dir.resolve("tiny.json"), SCENARIO, StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 300)
    void aMutatedScenarioIsRefusedOrMeansExactlyWhatItsWholeTextSays(@ForAll("scenarioMutants") String text) throws IOException {
        Path file = dir.resolve("mutated-scenario.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Scenario loaded;
        try {
            loaded = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            return;
        }
        assertTrue(StrictJson.isOneValue(text), "accepted a file that is not exactly one JSON value:\n" + text);
        assertEquals(ScenarioLoader.toJson(meaning(text, file)), ScenarioLoader.toJson(loaded));
    }

    @Property(tries = 60)
    void aMutatedExperimentIsRefusedOrPlansExactlyWhatItsWholeTextSays(@ForAll("experimentMutants") String text)
            throws IOException, ScenarioException {
        Path file = dir.resolve("mutated-experiment.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Experiment loaded;
        try {
            loaded = ExperimentLoader.load(file);
        } catch (ScenarioException e) {
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            return;
        }
        assertTrue(StrictJson.isOneValue(text), "accepted a file that is not exactly one JSON value:\n" + text);
        // the same value written out canonically, beside it (scenario paths are relative to the file)
        Path canonical = dir.resolve("canonical-experiment.json");
        Files.writeString(canonical, ScenarioLoader.mapper().readTree(withoutBom(text)).toPrettyString());
        Experiment expected = ExperimentLoader.load(canonical);
        assertEquals(RunPlanner.plan(expected).runs(), RunPlanner.plan(loaded).runs());
        assertEquals(expected.keep(), loaded.keep());
    }

    @Property(tries = 8)
    void theCommandLineGivesExit2NamingTheFileOrRunsTheWholeText(@ForAll("scenarioMutants") String text) throws IOException {
        Path file = dir.resolve("cli-scenario.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path out = dir.resolve("out-" + RUNS.incrementAndGet());
        CliHarness cli = new CliHarness();
        int code = cli.run("run", file.toString(), "--out", out.toString(), "--threads", "1");
        assertFalse(cli.stderr.contains("\tat ") || cli.stderr.contains("Exception"), "no stack trace: " + cli.stderr);
        if (code == 2) {
            assertTrue(cli.stderr.startsWith("inferenceshift: " + file + ": ") && cli.stderr.strip().lines().count() == 1,
                    cli.stderr);
            assertFalse(Files.exists(out), "nothing written");
            return;
        }
        assertEquals(0, code, cli.stderr);
        assertTrue(StrictJson.isOneValue(text), "ran a file that is not exactly one JSON value:\n" + text);
        assertEquals(ScenarioLoader.toJson(meaning(text, file)), Files.readString(out.resolve("scenario.json")));
    }

    /** The scenario the whole text means; only called once the text is known to be one JSON value. */
    private static Scenario meaning(String text, Path file) throws IOException {
        try {
            return ScenarioLoader.resolve(ScenarioLoader.mapper().readTree(withoutBom(text)), Map.of(), file.toString());
        } catch (ScenarioException e) {
            throw new AssertionError("the loader accepted what the whole text does not mean: " + e.getMessage(), e);
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Provide
    Arbitrary<String> scenarioMutants() {
        return mutants(SCENARIO);
    }

    @Provide
    Arbitrary<String> experimentMutants() {
        return mutants(EXPERIMENT);
    }

    private static Arbitrary<String> mutants(String valid) {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> insert = Arbitraries.of(INSERTS);
        Arbitrary<UnaryOperator<String>> mutation = Arbitraries.oneOf(
                at.map(a -> s -> s.substring(0, (int) (a * s.length()))),
                Combinators.combine(at, insert).as((a, j) -> s -> insert(s, a, j)),
                Combinators.combine(at, at).as((a, b) -> s -> duplicate(s, a, b)),
                insert.map(j -> s -> s + j),
                Combinators.combine(at, Arbitraries.of(OTHER_TYPES)).as((a, v) -> s -> changeType(s, a, v)));
        return mutation.list().ofMinSize(1).ofMaxSize(3).map(ms -> {
            String s = valid;
            for (UnaryOperator<String> m : ms) {
                s = m.apply(s);
            }
            return s;
        });
    }

    private static String insert(String s, double a, String text) {
        int at = (int) (a * s.length());
        return s.substring(0, at) + text + s.substring(at);
    }

    private static String duplicate(String s, double a, double b) {
        int from = (int) (Math.min(a, b) * s.length());
        int to = (int) (Math.max(a, b) * s.length());
        return s.substring(0, to) + s.substring(from, to) + s.substring(to);
    }

    /** The value nearest position {@code a} (a number, string or boolean) replaced by one of another type. */
    private static String changeType(String s, double a, String other) {
        Matcher m = VALUE.matcher(s);
        int target = (int) (a * s.length());
        while (m.find()) {
            if (m.end() >= target) {
                return s.substring(0, m.start()) + other + s.substring(m.end());
            }
        }
        return s;
    }
}
