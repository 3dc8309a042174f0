package org.inferenceshift.labs;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * What a lab's decisions may see of the world: every lab's public face ({@link LabView}, rivals and
 * itself), last month's subscriber shares, this month's compute price and capability figures, and the
 * run's one generator. Read-only: no decision sees another lab's state, the future or an optimum.
 */
public interface MarketView {
    /** Every lab that has entered, in index order, its own included. */
    List<? extends LabView> labs();

    /** Share of last month's subscribers on the lab (sums to 1 over labs when anyone subscribes). */
    double subscriberShare(int lab);

    /** Share of all people (outside option included) on the lab last month; 0 for a lab that had none. */
    double userShare(int lab);

    /** This month's FLOP per dollar of rented compute. */
    double flopPerDollar();

    /**
     * This month's serving efficiency relative to the first month: a dollar of serving capacity serves
     * {@code flopPerDollar() * servingEfficiency()} model FLOP (1 unless the scenario's trend raises it).
     */
    default double servingEfficiency() {
        return 1.0;
    }

    /**
     * The lab's scaling-law forecast: E on reasoning tasks, at its top tier, of the model its training run
     * would give if this month's training spend went on for a whole run (never below what it serves now).
     */
    double forecastReasoningE(int lab);

    /** Highest E on reasoning tasks any lab serves at its top tier this month. */
    double frontierReasoningE();

    MersenneTwisterFast random();

    /**
     * Queries the whole API market sends this month (its buyers' volume, bought or not; 0 with the API
     * market off): public knowledge of the market's size, which a lab with no history plans capacity from.
     */
    default double apiQueriesPerMonth() {
        return 0;
    }

    /** The month of the run (0 = the first). */
    int month();
}
