package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * A lab's serving this month: the capacity it rented and what it cost, the reserved capacity it is
 * committed to, the demand its subscribers put on it, and the throttle that demand above capacity sets on
 * next month's effective k (1 = unthrottled). Served compute is the smaller of demand and capacity; the
 * capacity spend splits into served and idle in proportion to served and unused capacity.
 */
public final class LabServing implements ServingOutcome, Serializable {
    private static final long serialVersionUID = 1L;

    private final CapacityCommitments commitments = new CapacityCommitments();
    private double capacityFlop;
    private double capacitySpendUsd;
    private double demandFlop;
    private double answeredQueries;
    private double subscribers;
    private double throttle = 1.0;

    /** Clears the month's capacity and demand and moves commitments on a month; the throttle set last month stays in force. */
    public void startMonth() {
        capacityFlop = 0;
        capacitySpendUsd = 0;
        demandFlop = 0;
        answeredQueries = 0;
        subscribers = 0;
        commitments.startMonth();
    }

    /** This month's capacity (FLOP) and what it cost (USD). */
    public void rent(double flop, double usd) {
        capacityFlop = flop;
        capacitySpendUsd = usd;
    }

    /** This month's capacity, cost not recorded (tests that only need a capacity). */
    public void rent(double flop) {
        rent(flop, 0);
    }

    /** Commits to {@code flop} of reserved capacity a month at {@code usdPerMonth} for {@code months}, from this month. */
    public void commit(double flop, double usdPerMonth, int months) {
        commitments.sign(flop, usdPerMonth, months);
    }

    /** Records the month's subscribers (people), the FLOP their queries asked for and the queries answered. */
    public void settle(double subscriberPeople, double demand, double answered) {
        subscribers = subscriberPeople;
        demandFlop = demand;
        answeredQueries = answered;
    }

    public void setThrottle(double throttle) {
        this.throttle = throttle;
    }

    @Override
    public double getCapacityFlop() { return capacityFlop; }
    @Override
    public double getCapacitySpendUsd() { return capacitySpendUsd; }
    @Override
    public double getDemandFlop() { return demandFlop; }
    @Override
    public double getAnsweredQueries() { return answeredQueries; }
    public double getSubscribers() { return subscribers; }
    public double getThrottle() { return throttle; }
    @Override
    public double committedFlop() { return commitments.flop(); }
    @Override
    public double committedUsd() { return commitments.usd(); }

    /** Reserved payments still owed after this month (USD), the commitments' remaining months. */
    public double getCommittedAfterThisMonthUsd() { return commitments.owedAfterThisMonthUsd(); }

    /** Compute served this month: demand, or all the capacity when demand exceeded it. */
    public double getServedFlop() { return Math.min(demandFlop, capacityFlop); }

    /** Capacity spend on compute that served queries: spend times served / capacity. */
    public double getServedSpendUsd() {
        return capacityFlop > 0 ? capacitySpendUsd * (getServedFlop() / capacityFlop) : 0;
    }

    /** Capacity spend on compute that stood idle: spend minus served spend. */
    public double getIdleSpendUsd() {
        return capacitySpendUsd - getServedSpendUsd();
    }
}
