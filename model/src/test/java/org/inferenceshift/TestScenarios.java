package org.inferenceshift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Scenarios for tests: small ones written as JSON the way a user would write them, and the project's
 * default scenario file at test size. Tests run with the model module as working directory.
 */
public final class TestScenarios {
    public static final Path BASELINE = Path.of("..", "scenarios", "baseline.json");

    private TestScenarios() {
    }

    /**
     * As {@link #small(int, int, String)}, with {@code populationExtra} (e.g. {@code , "initialAdopterShare": 1})
     * spliced into the population object.
     */
    public static Scenario small(int agents, int months, String populationExtra, String extra) {
        return parse(smallJson(agents, months, extra).replace("\"represents\": 1.0e7 }",
                "\"represents\": 1.0e7" + populationExtra + " }"));
    }

    /** Two labs, a small population and a short horizon; {@code extra} is spliced into the root object. */
    public static Scenario small(int agents, int months, String extra) {
        return parse(smallJson(agents, months, extra));
    }

    private static String smallJson(int agents, int months, String extra) {
        return """
                {
                  "name": "test", "seed": 7, "horizonMonths": %d,
                  "population": { "agents": %d, "represents": 1.0e7 },
                  "labs": [
                    { "id": "a", "cashUsd": 2.0e9, "revenueUsdPerMonth": 1.0e7, "initialUserShare": 0.05 },
                    { "id": "b", "cashUsd": 1.0e9, "openWeights": true, "initialUserShare": 0.02,
                      "initialModel": { "trainingFlop": 1.0e25, "postTrainingFlop": 1.0e23 } }
                  ]%s
                }
                """.formatted(months, agents, extra.isEmpty() ? "" : ", " + extra);
    }

    /**
     * A scenario from scenarios/ with overrides, each value given as JSON text (e.g. "0.3", "\"FIXED\"").
     */
    public static Scenario shipped(String name, Map<String, String> overrides) {
        Map<String, JsonNode> parsed = new java.util.LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> e : overrides.entrySet()) {
                parsed.put(e.getKey(), ScenarioLoader.mapper().readTree(e.getValue()));
            }
            return ScenarioLoader.load(Path.of("..", "scenarios", name + ".json"), parsed);
        } catch (ScenarioException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("test scenario invalid: " + e.getMessage(), e);
        }
    }

    public static Scenario parse(String json) {
        try {
            return ScenarioLoader.resolve(ScenarioLoader.mapper().readTree(json), Map.<String, JsonNode>of(), "test.json");
        } catch (ScenarioException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("test scenario invalid: " + e.getMessage(), e);
        }
    }

    /** The default scenario file with {@code agents} users and {@code months} months. */
    public static Scenario baseline(int agents, int months) {
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        overrides.put("population.agents", JsonNodeFactory.instance.numberNode(agents));
        overrides.put("horizonMonths", JsonNodeFactory.instance.numberNode(months));
        try {
            return ScenarioLoader.load(BASELINE, overrides);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
