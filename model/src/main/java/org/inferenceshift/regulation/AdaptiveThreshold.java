package org.inferenceshift.regulation;

import java.util.OptionalDouble;

/**
 * Policy kind ADAPTIVE_THRESHOLD ([E], [R]: a compute threshold must be revised to keep tracking the
 * frontier; the EU AI Act lets the Commission amend its 1e25 FLOP by delegated act, Art. 51(3)): a training
 * threshold whose current value the regulator's {@link FrontierTracking} review rule revises.
 */
public record AdaptiveThreshold(ThresholdState state) implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return facts.trainingFlop() >= state.thresholdFlop();
    }

    @Override
    public OptionalDouble trainingThreshold(double postTrainingFlop) {
        return OptionalDouble.of(state.thresholdFlop());
    }
}
