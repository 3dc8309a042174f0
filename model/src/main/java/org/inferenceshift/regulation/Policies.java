package org.inferenceshift.regulation;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.scenario.RegulatorSpec;

/** Maps a scenario's policy kind to its implementation: a new kind is one class and one line here. */
public final class Policies {
    private Policies() {
    }

    public static RegulatoryPolicy of(RegulatorSpec spec, CapabilityFunction capability) {
        return of(spec, capability, new ThresholdState(spec.thresholdFlop()));
    }

    /** The policy; ADAPTIVE_THRESHOLD reads its current threshold from {@code threshold}. */
    public static RegulatoryPolicy of(RegulatorSpec spec, CapabilityFunction capability, ThresholdState threshold) {
        return switch (spec.policy()) {
            case NONE -> new NoPolicy();
            case TRAINING_THRESHOLD -> new TrainingThreshold(spec.thresholdFlop());
            case DUAL_THRESHOLD -> new DualThreshold(spec.thresholdFlop(), spec.lowThresholdFlop(),
                    spec.reasoningPostTrainingFlop());
            case EFFECTIVE_COMPUTE -> new EffectiveCompute(spec.thresholdE(), capability);
            case CAPABILITY_EVAL -> new CapabilityEval(spec.thresholdE(), spec.evalMultiplier(), capability);
            case ENTITY_BASED -> new EntityBased(spec.thresholdFlop(), spec.revenueThresholdUsd());
            case ADAPTIVE_THRESHOLD -> new AdaptiveThreshold(threshold);
            case CAPABILITY_DESIGNATION -> new CapabilityDesignation();
            case SITE_MONITORING -> new SiteMonitoring(spec.thresholdFlop(), spec.monitoringSiteFlopPerMonth());
        };
    }

    /** The review rule the kind uses: only ADAPTIVE_THRESHOLD revises its rule. */
    public static ReviewRule reviewRule(RegulatorSpec spec, ThresholdState threshold) {
        return switch (spec.policy()) {
            case ADAPTIVE_THRESHOLD -> new FrontierTracking(spec.reviewPeriodMonths(), spec.reviewLagMonths(),
                    spec.frontierMarginOom(), threshold);
            default -> new FixedRule();
        };
    }

    /** The evaluation budget: CAPABILITY_DESIGNATION's, or none (zero evaluations) for the other kinds. */
    public static EvaluationBudget evaluationBudget(RegulatorSpec spec, CapabilityFunction capability) {
        EvaluationChoice choice = switch (spec.evaluationChoice()) {
            case LARGEST_REPORTED_COMPUTE -> new LargestReportedCompute();
            case HIGHEST_REVENUE -> new HighestRevenue();
        };
        int perPeriod = spec.policy() == org.inferenceshift.scenario.PolicyKind.CAPABILITY_DESIGNATION
                ? spec.evaluationsPerPeriod() : 0;
        return new EvaluationBudget(perPeriod, spec.reviewPeriodMonths(), spec.evaluationMonths(),
                spec.evaluationCostUsd(), spec.evalMultiplier(), spec.thresholdE(), capability, choice);
    }
}
