package org.inferenceshift.scenario;

/**
 * The regulatory policy kinds of DESIGN §8. Each kind is implemented by one class in
 * {@code org.inferenceshift.regulation}; {@code regulation.Policies} maps a kind to its class.
 */
public enum PolicyKind {
    /** Covers nothing. */
    NONE,
    /** Covers models whose training compute (pre- plus post-training) reaches thresholdFlop. */
    TRAINING_THRESHOLD,
    /** Covers models above thresholdFlop, or above lowThresholdFlop with reasoning post-training. */
    DUAL_THRESHOLD,
    /** Covers models whose E on reasoning tasks at their highest deployed k reaches thresholdE. */
    EFFECTIVE_COMPUTE,
    /** Covers models whose E on reasoning tasks at the evaluation budget evalMultiplier reaches thresholdE. */
    CAPABILITY_EVAL,
    /** Covers every model of a lab that trained a model above thresholdFlop and earns revenueThresholdUsd a year. */
    ENTITY_BASED,
    /** A training threshold revised every reviewPeriodMonths to frontierMarginOom below the frontier, after reviewLagMonths. */
    ADAPTIVE_THRESHOLD,
    /** Covers models the regulator designated after evaluating them (evaluationsPerPeriod) at evalMultiplier. */
    CAPABILITY_DESIGNATION,
    /** A training threshold that sees only runs at sites of at least monitoringSiteFlopPerMonth. */
    SITE_MONITORING
}
