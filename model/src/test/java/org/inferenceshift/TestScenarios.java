package org.inferenceshift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/** The project's scenario files, loaded with test-sized overrides. Tests run with the model module as working directory. */
public final class TestScenarios {
    public static final Path BASELINE = Path.of("..", "scenarios", "baseline.json");

    private TestScenarios() {
    }

    /** The default scenario with {@code agents} users and {@code months} months. */
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
