package org.inferenceshift.regulation;

/**
 * Policy kind CAPABILITY_DESIGNATION (EU AI Act Art. 51(1)(b) and 52: the AI Office may designate a
 * general-purpose model as having systemic risk from its capabilities, whatever its training compute):
 * covers the models the regulator has designated. Which models it evaluates, how many per period, and at
 * what inference budget is the regulator's {@link EvaluationBudget}; designation follows an evaluation whose
 * measured E at {@code evalMultiplier} reaches {@code thresholdE}.
 */
public record CapabilityDesignation() implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return facts.designated();
    }
}
