package org.inferenceshift.regulation;

import java.util.OptionalDouble;

/**
 * Policy kind TRAINING_THRESHOLD: covers models trained with at least {@code thresholdFlop} (pre- plus
 * post-training compute), as the EU AI Act (1e25 FLOP) and the 2023 US Executive Order (1e26 FLOP) did.
 */
public record TrainingThreshold(double thresholdFlop) implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return facts.trainingFlop() >= thresholdFlop;
    }

    @Override
    public OptionalDouble trainingThreshold(double postTrainingFlop) {
        return OptionalDouble.of(thresholdFlop);
    }
}
