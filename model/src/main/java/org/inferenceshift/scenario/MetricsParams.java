package org.inferenceshift.scenario;

import java.io.Serializable;

/**
 * DESIGN §9: the lines and windows in the definitions of metrics. They only measure the run: no decision
 * of a lab, user or regulator reads them, so changing one changes a metric's column and nothing else.
 */
public record MetricsParams(
        @Param(min = 0, max = 10, unit = "E (OOM)", doc = "How far below the frontier (max_deployed_E) a lab's top tier may be and still count in labs_near_frontier.")
        double nearFrontierGapE,
        @Param(min = 1e15, max = 1e35, unit = "FLOP", doc = "Training compute (pre- plus post-training) from which a released model counts in models_above_1e25_flop.")
        double largeTrainingRunFlop,
        @Param(min = 0, max = 1200, unit = "months", doc = "Months since release after which a model counts in deployment_exceeds_pretraining_share.")
        int deploymentCrossoverAgeMonths,
        @Param(min = 0.01, max = 3, unit = "OOM of training FLOP", doc = "Width of the band on either side of a training threshold in which a run counts in runs_below_threshold and bunching_share.")
        double bunchingBandOom,
        @Param(min = 0, max = 1e15, unit = "USD", doc = "Budget of the determined actor of determined_actor_E, spread over actorTasks tasks.")
        double actorBudgetUsd,
        @Param(min = 1, max = 1e9, unit = "tasks", doc = "Number of important tasks the determined actor spends its budget on (its budget per task is actorBudgetUsd / actorTasks).")
        int actorTasks) implements Serializable {
}
