package org.inferenceshift.experiment;

import java.io.Serializable;
import java.util.List;

/**
 * One run of an expanded experiment: everything a task needs besides the scenario files themselves,
 * small enough to ship to a Spark executor.
 *
 * @param id              index in run order; also the input of the run's seed
 * @param scenarioIndex   which of the experiment's scenarios
 * @param point           the design point's index in the design as written
 * @param replicate       0-based replicate number of this scenario and point
 * @param seed            the run's seed, from {@link RunSeeds}
 * @param start           the run's first month ("2024-01"), to date its monthly rows
 * @param overrides       JSON object of dotted path to value: the fixed overrides and the point's values
 * @param parameterValues the resolved value of each varied parameter, as {@code runs.csv} shows it
 */
public record PlannedRun(int id, int scenarioIndex, String scenario, int point, int replicate, long seed,
                         String start, String overrides, List<String> parameterValues) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PlannedRun {
        parameterValues = List.copyOf(parameterValues);
    }
}
