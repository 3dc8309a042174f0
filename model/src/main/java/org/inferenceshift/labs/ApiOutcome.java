package org.inferenceshift.labs;

/**
 * What a lab's API sold in a month: its revenue, the serving cost of the compute its API queries asked for
 * (charged as the lab's capacity planning charges its tiers: idle capacity included under DEMAND_FORECAST),
 * the queries and the output tokens (each query's own k included).
 */
public record ApiOutcome(double revenueUsd, double servingCostUsd, double queries, double tokens) {
    /** Revenue less serving cost. */
    public double profitUsd() {
        return revenueUsd - servingCostUsd;
    }
}
