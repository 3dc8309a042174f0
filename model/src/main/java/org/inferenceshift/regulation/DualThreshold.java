package org.inferenceshift.regulation;

import java.util.OptionalDouble;

/**
 * Policy kind DUAL_THRESHOLD ([E], [R]: the patch the texts discuss for compute thresholds): covers models
 * trained with at least {@code thresholdFlop}, and models trained with at least {@code lowThresholdFlop}
 * whose post-training compute reaches {@code reasoningPostTrainingFlop} (trained to use inference).
 */
public record DualThreshold(double thresholdFlop, double lowThresholdFlop, double reasoningPostTrainingFlop)
        implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return facts.trainingFlop() >= thresholdFlop(facts.postTrainingFlop());
    }

    @Override
    public OptionalDouble trainingThreshold(double postTrainingFlop) {
        return OptionalDouble.of(thresholdFlop(postTrainingFlop));
    }

    private double thresholdFlop(double postTrainingFlop) {
        return postTrainingFlop >= reasoningPostTrainingFlop ? lowThresholdFlop : thresholdFlop;
    }
}
