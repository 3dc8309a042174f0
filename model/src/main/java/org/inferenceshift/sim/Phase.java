package org.inferenceshift.sim;

/**
 * The named phases of one month, in the order they run; the ordinal is the MASON schedule ordering, so
 * within a step MASON runs them exactly in this order.
 */
public enum Phase {
    TRENDS,
    BUDGETS,
    TRAINING,
    REGULATION,
    USER_CHOICE,
    SERVING,
    FINANCE,
    METRICS;

    public int ordering() {
        return ordinal();
    }
}
