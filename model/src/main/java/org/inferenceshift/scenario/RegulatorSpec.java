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
        @Param(min = 1e15, max = 1e40, unit = "FLOP", doc = "Training-compute threshold (pre- plus post-training) of TRAINING_THRESHOLD, DUAL_THRESHOLD, SITE_MONITORING, ENTITY_BASED (a lab's largest model) and ADAPTIVE_THRESHOLD (its starting value).")
        double thresholdFlop,
        @Param(min = 1e15, max = 1e40, unit = "FLOP", doc = "Lower threshold of DUAL_THRESHOLD, applied to models with reasoning post-training.")
        double lowThresholdFlop,
        @Param(min = 0, max = 1e40, unit = "FLOP", doc = "Post-training compute from which DUAL_THRESHOLD counts a model as reasoning-trained.")
        double reasoningPostTrainingFlop,
        @Param(min = 0, max = 60, unit = "E (OOM)", doc = "Capability threshold of EFFECTIVE_COMPUTE, CAPABILITY_EVAL and CAPABILITY_DESIGNATION, in effective OOM of pre-training compute.")
        double thresholdE,
        @Param(min = 1, max = 1e12, unit = "x", doc = "Inference multiplier at which CAPABILITY_EVAL and CAPABILITY_DESIGNATION evaluate a model.")
        double evalMultiplier,
        boolean disclosure,
        @Param(min = 0, max = 1e15, unit = "USD", doc = "Fixed compliance cost of a covered model.")
        double complianceFixedUsd,
        @Param(min = 0, max = 10, unit = "share", doc = "Compliance cost as a share of the covered model's training-run cost.")
        double complianceShareOfTrainingCost,
        @Param(min = 0, max = 60, unit = "months", doc = "Months a covered model waits (evaluation) before release.")
        int releaseDelayMonths,
        @Param(min = 0, max = 600, unit = "months of revenue", doc = "A lab withholds a covered model from the region when compliance costs more than this many months of its revenue there.")
        double withholdAboveMonthsOfRevenue,
        @Param(min = 0, max = 3, unit = "OOM (std. dev.)", doc = "Standard deviation, in log10, of the error of the training compute labs report (drawn once per model); 0: reports are exact.")
        double reportingErrorOom,
        @Param(min = 0, max = 1e15, unit = "USD/year", doc = "ENTITY_BASED: annual revenue (12 x last month's) from which a lab that trained a model above thresholdFlop is covered.")
        double revenueThresholdUsd,
        @Param(min = 1, max = 120, unit = "months", doc = "Review period: ADAPTIVE_THRESHOLD revises its threshold, CAPABILITY_DESIGNATION renews its evaluation budget, once per period.")
        int reviewPeriodMonths,
        @Param(min = 0, max = 120, unit = "months", doc = "ADAPTIVE_THRESHOLD: months from a review to the revised threshold taking effect.")
        int reviewLagMonths,
        @Param(min = 0, max = 5, unit = "OOM", doc = "ADAPTIVE_THRESHOLD: the revised threshold lies this far below the largest reported training compute of the deployed models.")
        double frontierMarginOom,
        @Param(min = 1, max = 1000, unit = "evaluations per period", doc = "CAPABILITY_DESIGNATION: evaluations the regulator can start per review period (at least 1: an office that evaluates nothing designates nothing).")
        int evaluationsPerPeriod,
        @Param(min = 1, max = 60, unit = "months", doc = "CAPABILITY_DESIGNATION: months one evaluation takes, from its start to the designation decision.")
        int evaluationMonths,
        @Param(min = 0, max = 1e12, unit = "USD", doc = "CAPABILITY_DESIGNATION: what one evaluation costs the regulator (evaluators and inference at evalMultiplier).")
        double evaluationCostUsd,
        EvaluationChoiceKind evaluationChoice,
        @Param(min = 1e15, max = 1e40, unit = "FLOP/month", doc = "SITE_MONITORING: smallest site the regulator monitors, in training compute per month at one site.")
        double monitoringSiteFlopPerMonth,
        @Param(min = 0, max = 1, unit = "probability per lab-month", doc = "With disclosure: the chance each month that the regulator detects a lab's undisclosed internal capability and near-term plan (its run in progress) and so learns them; 1: labs disclose in full every month.")
        double detectionProbability) implements Serializable {
}
