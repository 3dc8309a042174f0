package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * A lab's serving this month: the capacity it rented, the demand its subscribers put on it, and the
 * throttle that demand above capacity sets on next month's effective k (1 = unthrottled).
 */
public final class LabServing implements Serializable {
    private static final long serialVersionUID = 1L;

    private double capacityFlop;
    private double demandFlop;
    private double subscribers;
    private double throttle = 1.0;

    /** Clears the month's capacity and demand; the throttle set last month stays in force. */
    public void startMonth() {
        capacityFlop = 0;
        demandFlop = 0;
        subscribers = 0;
    }

    public void rent(double flop) {
        capacityFlop = flop;
    }

    /** Records the month's subscribers (people) and the FLOP their queries asked for. */
    public void settle(double subscriberPeople, double demand) {
        subscribers = subscriberPeople;
        demandFlop = demand;
    }

    public void setThrottle(double throttle) {
        this.throttle = throttle;
    }

    public double getCapacityFlop() { return capacityFlop; }
    public double getDemandFlop() { return demandFlop; }
    public double getSubscribers() { return subscribers; }
    public double getThrottle() { return throttle; }
}
