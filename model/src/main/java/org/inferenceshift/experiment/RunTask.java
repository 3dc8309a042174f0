package org.inferenceshift.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Runs one planned run and reduces it to a {@link RunRow}. Serializable and self-contained (it carries
 * the scenario files' contents, not their paths), so a Spark executor on another machine runs it
 * exactly as a local thread does. A run uses one thread: parallelism is across runs.
 */
public final class RunTask implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final TypeReference<LinkedHashMap<String, JsonNode>> OVERRIDES = new TypeReference<>() {
    };

    private final List<String> scenarioJson;
    private final List<String> scenarioSources;
    private final KeepSpec keep;
    private transient List<JsonNode> trees;

    private RunTask(List<String> scenarioJson, List<String> scenarioSources, KeepSpec keep) {
        this.scenarioJson = List.copyOf(scenarioJson);
        this.scenarioSources = List.copyOf(scenarioSources);
        this.keep = keep;
    }

    static RunTask of(Experiment experiment) {
        List<String> json = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (ExperimentScenario scenario : experiment.scenarios()) {
            json.add(scenario.tree().toString());
            sources.add(scenario.reference());
        }
        return new RunTask(json, sources, experiment.keep());
    }

    public RunRow execute(PlannedRun run) {
        Scenario scenario = scenario(run);
        RunResult result = HeadlessRun.run(scenario, 1);
        List<Metric> metrics = keep.metrics();
        List<Statistic> statistics = keep.statistics();
        double[][] series = new double[metrics.size()][];
        double[] summary = new double[metrics.size() * statistics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            series[m] = result.series(metrics.get(m));
            for (int s = 0; s < statistics.size(); s++) {
                summary[m * statistics.size() + s] = statistics.get(s).of(series[m]);
            }
        }
        return new RunRow(run.id(), summary, series);
    }

    /** The run's scenario: the file, its overrides, and the run's own seed. */
    public Scenario scenario(PlannedRun run) {
        try {
            Map<String, JsonNode> overrides = ScenarioLoader.mapper().readValue(run.overrides(), OVERRIDES);
            return ScenarioLoader.resolve(tree(run.scenarioIndex()), overrides, scenarioSources.get(run.scenarioIndex()))
                    .withSeed(run.seed());
        } catch (JsonProcessingException | ScenarioException e) {
            // the planner resolved this very combination before any run started
            throw new IllegalStateException("run " + run.id() + ": scenario no longer resolves: " + e.getMessage(), e);
        }
    }

    private synchronized JsonNode tree(int index) throws JsonProcessingException {
        if (trees == null) {
            List<JsonNode> parsed = new ArrayList<>();
            for (String json : scenarioJson) {
                parsed.add(ScenarioLoader.mapper().readTree(json));
            }
            trees = parsed;
        }
        return trees.get(index);
    }
}
