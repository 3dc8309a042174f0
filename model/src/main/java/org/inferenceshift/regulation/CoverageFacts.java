package org.inferenceshift.regulation;

/**
 * What a regulator knows of a model when it decides coverage: training compute (pre- plus post-training,
 * physical FLOP), post-training compute, and its capability: E at k = 1, its inference plateau and the
 * highest multiplier it is served at.
 */
public record CoverageFacts(double trainingFlop, double postTrainingFlop, double baseE, double plateauOom,
                            double topMultiplier) {
}
