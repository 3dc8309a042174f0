package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * A lab's decision to spend its synthetic-data share this month (MODEL.md §7.10); a month it does not,
 * the share rents serving capacity instead.
 */
public interface SyntheticGeneration extends Serializable {
    /**
     * @param runEffectiveFlop effective pre-training compute the lab's run in progress is forecast to reach
     * @param wallFlop the lab's own data wall this month
     */
    boolean generate(double runEffectiveFlop, double wallFlop);
}
