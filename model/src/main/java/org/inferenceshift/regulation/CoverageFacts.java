package org.inferenceshift.regulation;

/**
 * What a regulator knows of a model when it decides coverage: training compute as reported (pre- plus
 * post-training, physical FLOP, with the regulator's reporting error), post-training compute, and its
 * capability: E at k = 1 (with the internal gains it can see), its inference plateau and the highest
 * multiplier it is served at. Entity and monitoring policies also read the largest training compute per
 * month at one site of the model's run, the largest reported training compute of any model its lab has
 * trained, the lab's annual revenue (12 times last month's), and whether the regulator has designated
 * the model after an evaluation.
 */
public record CoverageFacts(double trainingFlop, double postTrainingFlop, double baseE, double plateauOom,
                            double topMultiplier, double siteFlopPerMonth, double labLargestTrainingFlop,
                            double labAnnualRevenueUsd, boolean designated) {

    /** Facts of a model alone (no site, lab or designation facts: the model-based kinds need none). */
    public CoverageFacts(double trainingFlop, double postTrainingFlop, double baseE, double plateauOom,
                         double topMultiplier) {
        this(trainingFlop, postTrainingFlop, baseE, plateauOom, topMultiplier, 0, trainingFlop, 0, false);
    }
}
