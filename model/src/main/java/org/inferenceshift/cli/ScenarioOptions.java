package org.inferenceshift.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and the overrides every simulating command accepts (a picocli mixin). */
public final class ScenarioOptions {
    public static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.json");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.json",
            description = "Scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "scenarios/baseline.json")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's seed.")
    Long seed;

    @Option(names = "--users", paramLabel = "N", description = "Override the number of simulated users (population.agents).")
    Long users;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override any parameter by dotted path, e.g. --set capability.returnsAboveWall=0.3 "
                    + "or --set labs.0.allocation.pre=0.5 (repeatable; VALUE is JSON).")
    List<String> sets = List.of();

    public Scenario load() throws ScenarioException {
        return ScenarioLoader.load(scenarioFile, overrides());
    }

    public Path scenarioFile() {
        return scenarioFile;
    }

    /** Another scenario file with these same overrides (the GUI's File > Load Scenario keeps them). */
    public Scenario load(Path file) throws ScenarioException {
        return ScenarioLoader.load(file, overrides());
    }

    /** The overrides as typed on the command line ("--users 20000", "--set a.b=1"), for messages. */
    public List<String> overridesAsTyped() {
        List<String> typed = new java.util.ArrayList<>();
        sets.forEach(set -> typed.add("--set " + set));
        if (seed != null) {
            typed.add("--seed " + seed);
        }
        if (users != null) {
            typed.add("--users " + users);
        }
        return typed;
    }

    Map<String, JsonNode> overrides() throws ScenarioException {
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException("--set " + set + ": expected PATH=VALUE, e.g. capability.returnsAboveWall=0.3");
            }
            overrides.put(set.substring(0, eq), parseValue(set.substring(eq + 1)));
        }
        if (seed != null) {
            overrides.put("seed", LongNode.valueOf(seed));
        }
        if (users != null) {
            overrides.put("population.agents", LongNode.valueOf(users));
        }
        return overrides;
    }

    private static JsonNode parseValue(String text) {
        try {
            return ScenarioLoader.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }
}
