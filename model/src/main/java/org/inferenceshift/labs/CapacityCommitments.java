package org.inferenceshift.labs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab's reserved-capacity commitments: each gives a fixed FLOP per month at a fixed monthly payment for
 * its term, counting the month it was signed, used or not. {@link #startMonth()} moves every commitment on
 * by a month and drops the ended ones.
 */
final class CapacityCommitments implements Serializable {
    private static final long serialVersionUID = 1L;

    private record Commitment(double flop, double usd, int monthsLeft) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<Commitment> active = new ArrayList<>();

    void startMonth() {
        for (int i = active.size() - 1; i >= 0; i--) {
            Commitment c = active.get(i);
            if (c.monthsLeft() <= 1) {
                active.remove(i);
            } else {
                active.set(i, new Commitment(c.flop(), c.usd(), c.monthsLeft() - 1));
            }
        }
    }

    /** Signs a commitment that starts this month and runs {@code months} months. */
    void sign(double flop, double usdPerMonth, int months) {
        if (flop > 0 && months > 0) {
            active.add(new Commitment(flop, usdPerMonth, months));
        }
    }

    double flop() {
        double sum = 0;
        for (Commitment c : active) {
            sum += c.flop();
        }
        return sum;
    }

    double usd() {
        double sum = 0;
        for (Commitment c : active) {
            sum += c.usd();
        }
        return sum;
    }

    /** Monthly payments still owed after this month, summed over every commitment's remaining months. */
    double owedAfterThisMonthUsd() {
        double sum = 0;
        for (Commitment c : active) {
            sum += c.usd() * (c.monthsLeft() - 1);
        }
        return sum;
    }
}
