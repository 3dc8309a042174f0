package org.inferenceshift.labs;

/**
 * Last month's outcome of each tier of a lab's menu, by slot, read-only: what the lab's pricing policy
 * judges its menu by. {@link TierStats} is the record the serving phase writes.
 */
public interface TierOutcomes {
    /** People subscribed to the tier. */
    double subscribers(int slot);

    /** Queries those people asked in the month. */
    double queries(int slot);

    double revenueUsd(int slot);

    /**
     * What serving the tier's queries cost: at the month's FLOP price (FIXED_SHARE capacity), or its share of
     * the lab's whole capacity spend, idle capacity included, in proportion to the compute its queries asked
     * for (DEMAND_FORECAST).
     */
    double servingCostUsd(int slot);

    /** Revenue minus serving cost. */
    double profitUsd(int slot);
}
