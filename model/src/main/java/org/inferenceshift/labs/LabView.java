package org.inferenceshift.labs;

import org.inferenceshift.scenario.AllocationShares;

/**
 * What a lab shows the market, read-only: the public face its own and its rivals' decisions may see
 * ({@link Lab} is the state behind it). Its model, its month's revenue and spend, its allocation and the
 * fitness it last reported are public; its cash, its run in training and its internal gains are not.
 */
public interface LabView {
    int getIndex();

    String getId();

    boolean isActive();

    /** This month's revenue. */
    double getRevenueUsd();

    /** This month's spend, every use and cost. */
    double getSpendUsd();

    /** The split of the budget in force (its allocation strategy's current choice). */
    AllocationShares getAllocation();

    /** Tokens per parameter its next run will use. */
    double getTokensPerParameter();

    /** Fitness of its last completed allocation review (NaN before the first, or if it does not review). */
    double getLastFitness();

    /** The model it serves (null before its first). */
    TrainedModel deployed();
}
