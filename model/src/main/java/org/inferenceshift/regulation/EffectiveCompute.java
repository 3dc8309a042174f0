package org.inferenceshift.regulation;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;

/**
 * Policy kind EFFECTIVE_COMPUTE: covers models whose E on reasoning tasks at the highest inference multiplier
 * they are served at reaches {@code thresholdE}: pre-training and deployed inference counted together, as
 * [E] suggests (a threshold on how the model is used, not only on how it was trained).
 */
public record EffectiveCompute(double thresholdE, CapabilityFunction capability) implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return facts.baseE() + capability.gain(TaskClass.REASONING, facts.plateauOom(), facts.topMultiplier())
                >= thresholdE;
    }
}
