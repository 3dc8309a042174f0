package org.inferenceshift.experiment;

import java.util.List;

/**
 * An experiment expanded into its runs, in run order: replicate by replicate, and within a replicate
 * the design's points coarse to fine with every scenario at each point. A partial experiment thus holds
 * whole replicates of an evenly spread set of points, each compared across all scenarios.
 */
public record RunPlan(Experiment experiment, List<String> parameters, List<PlannedRun> runs) {
    public RunPlan {
        parameters = List.copyOf(parameters);
        runs = List.copyOf(runs);
    }

    public KeepSpec keep() {
        return experiment.keep();
    }

    public int size() {
        return runs.size();
    }

    /** The task every engine runs on each planned run. */
    public RunTask task() {
        return RunTask.of(experiment);
    }
}
