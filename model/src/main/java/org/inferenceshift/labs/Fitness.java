package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * A fitness over a review period (DESIGN §7): a profit margin plus a weight on subscriber-share growth,
 * {@code (revenue - cost) / max(revenue, cost) + weight * (share at end - share at start)}. The margin lies
 * in [-1, 1] whatever the lab's size, so labs can compare themselves with rivals (imitation) and a menu
 * with the one before it. Allocation reviews count all spend as cost; menu reviews count serving cost.
 */
final class Fitness implements Serializable {
    private static final long serialVersionUID = 1L;

    private double revenue;
    private double spend;
    private double shareAtStart = Double.NaN;
    private double capabilityLeadSum;
    private int months;

    void add(double revenueUsd, double spendUsd, double subscriberShare) {
        add(revenueUsd, spendUsd, subscriberShare, 0);
    }

    void add(double revenueUsd, double spendUsd, double subscriberShare, double capabilityLead) {
        if (months == 0) {
            shareAtStart = subscriberShare;
        }
        revenue += revenueUsd;
        spend += spendUsd;
        capabilityLeadSum += capabilityLead;
        months++;
    }

    /** Mean over the period of the capability lead passed to {@link #add(double, double, double, double)}. */
    double meanCapabilityLead() {
        return months > 0 ? capabilityLeadSum / months : 0;
    }

    int months() {
        return months;
    }

    double value(double shareNow, double shareWeight) {
        double scale = Math.max(revenue, spend);
        double margin = scale > 0 ? (revenue - spend) / scale : 0;
        return margin + shareWeight * (shareNow - shareAtStart);
    }

    void reset() {
        revenue = 0;
        spend = 0;
        capabilityLeadSum = 0;
        months = 0;
        shareAtStart = Double.NaN;
    }
}
