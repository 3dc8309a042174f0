package org.inferenceshift.regulation;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.scenario.RegulatorSpec;

/** Maps a scenario's policy kind to its implementation: a new kind is one class and one line here. */
public final class Policies {
    private Policies() {
    }

    public static RegulatoryPolicy of(RegulatorSpec spec, CapabilityFunction capability) {
        return switch (spec.policy()) {
            case NONE -> new NoPolicy();
            case TRAINING_THRESHOLD -> new TrainingThreshold(spec.thresholdFlop());
            case DUAL_THRESHOLD -> new DualThreshold(spec.thresholdFlop(), spec.lowThresholdFlop(),
                    spec.reasoningPostTrainingFlop());
            case EFFECTIVE_COMPUTE -> new EffectiveCompute(spec.thresholdE(), capability);
            case CAPABILITY_EVAL -> new CapabilityEval(spec.thresholdE(), spec.evalMultiplier(), capability);
        };
    }
}
