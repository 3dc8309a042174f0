package org.inferenceshift.regulation;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;

/**
 * Policy kind CAPABILITY_EVAL ([R]: capability-based thresholds evaluated with significant inference budgets):
 * covers models whose E on reasoning tasks at the evaluation multiplier {@code evalMultiplier} reaches
 * {@code thresholdE}, however they are served.
 */
public record CapabilityEval(double thresholdE, double evalMultiplier, CapabilityFunction capability)
        implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return facts.baseE() + capability.gain(TaskClass.REASONING, facts.plateauOom(), evalMultiplier) >= thresholdE;
    }
}
