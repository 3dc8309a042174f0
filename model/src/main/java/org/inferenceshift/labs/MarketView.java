package org.inferenceshift.labs;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.inferenceshift.scenario.Scenario;

/**
 * What a lab's strategies may see of the world: public facts about every lab and last month's market,
 * and the run's one generator. No strategy sees the future or an optimum.
 */
public interface MarketView {
    int month();

    Scenario scenario();

    List<Lab> labs();

    /** Share of last month's subscribers on the lab (sums to 1 over labs when anyone subscribes). */
    double subscriberShare(int lab);

    double flopPerDollar();

    /** E on reasoning tasks of the lab's deployed model served at k. */
    double reasoningE(Lab lab, double k);

    /**
     * The lab's scaling-law forecast: E on reasoning tasks, at its top tier, of the model its training run
     * would give if this month's training spend went on for a whole run (never below what it serves now).
     */
    double forecastReasoningE(Lab lab);

    /** Highest E on reasoning tasks any lab serves at its top tier this month. */
    double frontierReasoningE();

    MersenneTwisterFast random();
}
