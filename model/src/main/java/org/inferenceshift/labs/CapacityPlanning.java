package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * How a lab decides the serving capacity it holds each month (issue 16 item 1). One decision, named
 * implementations; {@link LabDecisions} picks one per lab from the scenario. {@link #plan} is called in
 * the budget phase with the most the lab is willing to spend on capacity this month (its allocation's
 * inference share of the budget, plus training money a threshold diverted); {@link #review} after the
 * month has been served. Reserved commitments already signed are paid whatever the plan.
 */
public interface CapacityPlanning extends Serializable {
    /**
     * This month's new capacity.
     *
     * @param serving    the lab's serving: commitments in force this month (last month's figures are gone)
     * @param ceilingUsd most the lab is willing to spend on capacity this month, commitments included
     */
    CapacityOrder plan(LabView self, ServingOutcome serving, double ceilingUsd, MarketView market);

    /** Sees the month's serving outcome (capacity, demand, answered queries); may learn from it. */
    void review(LabView self, ServingOutcome serving, MarketView market);

    /**
     * The factor on each tier's serving cost at the month's on-demand FLOP price that gives the cost the
     * lab's pricing policy sees ({@link TierOutcomes#servingCostUsd}).
     */
    double tierCostScale(ServingOutcome serving, double flopPerDollar);
}
