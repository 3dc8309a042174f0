package org.inferenceshift.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Expands an experiment into its run list before anything runs. Every scenario is resolved at every
 * design point here, so a combination a scenario rejects (say, allocation shares that no longer sum to
 * one) stops the experiment with a message before the first run, not halfway through it.
 */
public final class RunPlanner {
    private RunPlanner() {
    }

    public static RunPlan plan(Experiment experiment) throws ScenarioException {
        List<DesignPoint> points = experiment.design().points();
        List<String> parameters = experiment.design().parameters();
        List<ExperimentScenario> scenarios = experiment.scenarios();
        Cell[][] cells = new Cell[points.size()][scenarios.size()];
        for (int p = 0; p < points.size(); p++) {
            for (int s = 0; s < scenarios.size(); s++) {
                cells[p][s] = cell(experiment, scenarios.get(s), points.get(p), parameters);
            }
        }
        List<PlannedRun> runs = new ArrayList<>(experiment.replicates() * points.size() * scenarios.size());
        int id = 0;
        for (int replicate = 0; replicate < experiment.replicates(); replicate++) {
            for (int p = 0; p < points.size(); p++) {
                for (int s = 0; s < scenarios.size(); s++) {
                    Cell cell = cells[p][s];
                    runs.add(new PlannedRun(id, s, scenarios.get(s).name(), points.get(p).index(), replicate,
                            RunSeeds.of(experiment.seed(), id), cell.start(), cell.overrides(), cell.parameterValues()));
                    id++;
                }
            }
        }
        return new RunPlan(experiment, parameters, runs);
    }

    /** Overrides of a run at this point: the experiment's fixed settings, then the point's values. */
    static Map<String, JsonNode> overrides(Experiment experiment, DesignPoint point) {
        Map<String, JsonNode> overrides = new LinkedHashMap<>(experiment.fixed());
        overrides.putAll(point.values());
        return overrides;
    }

    private static Cell cell(Experiment experiment, ExperimentScenario scenario, DesignPoint point,
                             List<String> parameters) throws ScenarioException {
        Map<String, JsonNode> overrides = overrides(experiment, point);
        Scenario resolved;
        try {
            resolved = ScenarioLoader.resolve(scenario.tree(), overrides, scenario.reference());
        } catch (ScenarioException e) {
            throw new ScenarioException(experiment.file() + ": design point " + point.index() + " " + point.values()
                    + " is rejected by scenario " + e.getMessage());
        }
        JsonNode tree = ScenarioLoader.mapper().valueToTree(resolved);
        List<String> values = new ArrayList<>();
        for (String parameter : parameters) {
            values.add(ScenarioPaths.display(parameter, tree));
        }
        try {
            return new Cell(resolved.start(), ScenarioLoader.mapper().writeValueAsString(overrides), values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("overrides read from JSON always write back", e);
        }
    }

    private record Cell(String start, String overrides, List<String> parameterValues) {
    }
}
