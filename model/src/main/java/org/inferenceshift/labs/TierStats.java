package org.inferenceshift.labs;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Last month's outcome of each tier of one lab, by menu slot: people subscribed, their queries, revenue,
 * and serving cost at the month's FLOP price. Written by the serving phase, read by pricing policies.
 */
public final class TierStats implements TierOutcomes, Serializable {
    private static final long serialVersionUID = 1L;

    private double[] subscribers = new double[0];
    private double[] queries = new double[0];
    private double[] revenueUsd = new double[0];
    private double[] servingCostUsd = new double[0];

    public void reset(int tiers) {
        if (subscribers.length < tiers) {
            subscribers = new double[tiers];
            queries = new double[tiers];
            revenueUsd = new double[tiers];
            servingCostUsd = new double[tiers];
        }
        Arrays.fill(subscribers, 0);
        Arrays.fill(queries, 0);
        Arrays.fill(revenueUsd, 0);
        Arrays.fill(servingCostUsd, 0);
    }

    public void set(int slot, double people, double queriesPerMonth, double revenue, double cost) {
        subscribers[slot] = people;
        queries[slot] = queriesPerMonth;
        revenueUsd[slot] = revenue;
        servingCostUsd[slot] = cost;
    }

    /** Multiplies every tier's serving cost by {@code factor} (the lab's capacity accounting, {@link CapacityPlanning#tierCostScale}). */
    public void scaleServingCosts(double factor) {
        for (int slot = 0; slot < servingCostUsd.length; slot++) {
            servingCostUsd[slot] *= factor;
        }
    }

    @Override
    public double subscribers(int slot) { return slot < subscribers.length ? subscribers[slot] : 0; }
    @Override
    public double queries(int slot) { return slot < queries.length ? queries[slot] : 0; }
    @Override
    public double revenueUsd(int slot) { return slot < revenueUsd.length ? revenueUsd[slot] : 0; }
    @Override
    public double servingCostUsd(int slot) { return slot < servingCostUsd.length ? servingCostUsd[slot] : 0; }

    @Override
    public double profitUsd(int slot) {
        return revenueUsd(slot) - servingCostUsd(slot);
    }
}
