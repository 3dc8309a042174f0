package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated experiment file: scenarios x design points x {@code replicates} seeds, each run with the
 * fixed overrides in {@code fixed} (population size included) and its design point's values, keeping
 * what {@code keep} names. Built only by {@link ExperimentLoader}.
 *
 * @param seed       the experiment seed; every run's seed derives from it and the run's index ({@link RunSeeds})
 * @param replicates how many seeds each scenario and design point runs with
 * @param fixed      overrides applied to every run (dotted scenario path to JSON value)
 * @param sha256     SHA-256 of the experiment file's bytes
 */
public record Experiment(String name, String purpose, Path file, String sha256, long seed, int replicates,
                         List<ExperimentScenario> scenarios, Map<String, JsonNode> fixed, Design design,
                         KeepSpec keep) {
    public Experiment {
        scenarios = List.copyOf(scenarios);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    }
}
