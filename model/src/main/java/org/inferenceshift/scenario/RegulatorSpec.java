package org.inferenceshift.scenario;

import java.io.Serializable;

/**
 * One regulator (DESIGN §8): the region it governs, its policy kind with the policy's parameters, and what
 * coverage costs. Fields a file omits come from {@code regulatorDefaults}.
 */
public record RegulatorSpec(
        String id,
        String region,
        PolicyKind policy,
        @Param(min = 1e15, max = 1e40, unit = "FLOP", doc = "Training-compute threshold (pre- plus post-training) of TRAINING_THRESHOLD and DUAL_THRESHOLD.")
        double thresholdFlop,
        @Param(min = 1e15, max = 1e40, unit = "FLOP", doc = "Lower threshold of DUAL_THRESHOLD, applied to models with reasoning post-training.")
        double lowThresholdFlop,
        @Param(min = 0, max = 1e40, unit = "FLOP", doc = "Post-training compute from which DUAL_THRESHOLD counts a model as reasoning-trained.")
        double reasoningPostTrainingFlop,
        @Param(min = 0, max = 60, unit = "E (OOM)", doc = "Capability threshold of EFFECTIVE_COMPUTE and CAPABILITY_EVAL, in effective OOM of pre-training compute.")
        double thresholdE,
        @Param(min = 1, max = 1e12, unit = "x", doc = "Inference multiplier at which CAPABILITY_EVAL evaluates a model.")
        double evalMultiplier,
        boolean disclosure,
        @Param(min = 0, max = 1e15, unit = "USD", doc = "Fixed compliance cost of a covered model.")
        double complianceFixedUsd,
        @Param(min = 0, max = 10, unit = "share", doc = "Compliance cost as a share of the covered model's training-run cost.")
        double complianceShareOfTrainingCost,
        @Param(min = 0, max = 60, unit = "months", doc = "Months a covered model waits (evaluation) before release.")
        int releaseDelayMonths,
        @Param(min = 0, max = 600, unit = "months of revenue", doc = "A lab withholds a covered model from the region when compliance costs more than this many months of its revenue there.")
        double withholdAboveMonthsOfRevenue) implements Serializable {
}
