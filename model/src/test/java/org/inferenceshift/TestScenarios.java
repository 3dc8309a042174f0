package org.inferenceshift;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/** Small scenarios for tests, written as JSON the way a user would write them. */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** Two labs, a small population and a short horizon; {@code extra} is spliced into the root object. */
    public static Scenario small(int agents, int months, String extra) {
        String json = """
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
        return parse(json);
    }

    public static Scenario parse(String json) {
        try {
            return ScenarioLoader.resolve(ScenarioLoader.mapper().readTree(json), Map.<String, JsonNode>of(), "test.json");
        } catch (ScenarioException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("test scenario invalid: " + e.getMessage(), e);
        }
    }
}
