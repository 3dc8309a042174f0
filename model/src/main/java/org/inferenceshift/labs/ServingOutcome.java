package org.inferenceshift.labs;

/**
 * A lab's serving as its capacity planning sees it, read-only: this month's capacity, what it cost, the
 * demand and answered queries its subscribers brought (after the serving phase), and the reserved
 * capacity it is committed to this month. {@link LabServing} is the state behind it.
 */
public interface ServingOutcome {
    /** Capacity rented this month (FLOP), reserved and on demand. */
    double getCapacityFlop();

    /** What this month's capacity cost (USD): reserved payments plus on-demand rent. */
    double getCapacitySpendUsd();

    /** FLOP the month's answered queries asked for (0 before the serving phase). */
    double getDemandFlop();

    /** Queries answered this month (free tiers' unanswered share excluded; 0 before the serving phase). */
    double getAnsweredQueries();

    /** Reserved capacity (FLOP per month) of the commitments in force this month. */
    double committedFlop();

    /** What those commitments cost this month (USD). */
    double committedUsd();
}
