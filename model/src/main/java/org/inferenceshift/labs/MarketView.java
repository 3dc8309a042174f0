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

    MersenneTwisterFast random();
}
