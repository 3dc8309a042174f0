package org.inferenceshift.regulation;

import java.util.OptionalDouble;

/**
 * Policy kind ENTITY_BASED (California SB 53, 2025: a "large frontier developer" trained a model with more
 * than 1e26 FLOP and had more than $500M annual gross revenue): covers labs, not models. Every model of a
 * lab is covered once the lab has trained some model with at least {@code thresholdFlop} (as reported) and
 * its annual revenue reaches {@code revenueThresholdUsd}; a small model of a large developer is covered, a
 * large model of a small one is not.
 */
public record EntityBased(double thresholdFlop, double revenueThresholdUsd) implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return facts.labLargestTrainingFlop() >= thresholdFlop && facts.labAnnualRevenueUsd() >= revenueThresholdUsd;
    }

    @Override
    public OptionalDouble revenueLineUsd() {
        return OptionalDouble.of(revenueThresholdUsd);
    }
}
