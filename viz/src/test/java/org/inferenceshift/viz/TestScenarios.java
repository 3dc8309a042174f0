package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inferenceshift.output.ResultsWriter;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/** The shipped baseline scenario made small enough for tests (2,000 users), and result comparison. */
final class TestScenarios {
    /** Tests run in the module folder; the scenarios live at the repository root. */
    static final Path BASELINE = Path.of("..", "scenarios", "baseline.json");

    private TestScenarios() {
    }

    static Scenario smallBaseline(int months, Map<String, JsonNode> more) throws ScenarioException {
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        overrides.put("population.agents", IntNode.valueOf(2000));
        overrides.put("horizonMonths", IntNode.valueOf(months));
        overrides.putAll(more);
        return ScenarioLoader.load(BASELINE, overrides);
    }

    static Map<String, JsonNode> set(String path, double value) {
        return Map.of(path, DoubleNode.valueOf(value));
    }

    /** Writes a result as the CLI does, into a fresh folder, and returns the folder. */
    static Path write(RunResult result, Path folder) throws IOException {
        Files.createDirectories(folder);
        ResultsWriter.writeInto(result, folder);
        return folder;
    }

    /** Asserts that two results folders hold the same files with the same bytes. */
    static void assertSameFiles(Path expected, Path actual, String what) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(expected)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(actual)) {
            assertEquals(names, files.map(f -> f.getFileName().toString()).sorted().toList(), what + ": the same files");
        }
        assertTrue(names.contains("timeseries.csv"), "results were written");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    what + ": " + name);
        }
    }
}
