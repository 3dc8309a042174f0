package org.inferenceshift.scenario;

import java.io.Serializable;

/**
 * Serving capacity as a lab decision (issue 16 item 1): the terms of reserved capacity and how a
 * DEMAND_FORECAST lab forecasts its demand and learns its headroom. FIXED_SHARE labs read none of it.
 */
public record CapacityParams(
        @Param(min = 0, max = 1, unit = "share", doc = "Share of the capacity a DEMAND_FORECAST lab plans that it holds as reserved (committed) capacity; the rest it rents on demand.")
        double reservedShare,
        @Param(min = 0, max = 0.95, unit = "share of on-demand price", doc = "Discount of reserved capacity on the on-demand FLOP price (the month's flopPerDollar).")
        double reservedDiscount,
        @Param(min = 1, max = 60, unit = "months", doc = "Term of a reserved commitment: paid every month of it, used or not.")
        int commitmentMonths,
        @Param(min = 1, max = 10, unit = "x forecast demand", doc = "Headroom a lab starts with: capacity planned over forecast demand.")
        double initialHeadroom,
        @Param(min = 1, max = 10, unit = "x forecast demand", doc = "Largest headroom a lab learns.")
        double maxHeadroom,
        @Param(min = 0, max = 1, unit = "share", doc = "Step of headroom learning: times (1 + step) after a throttled month, divided by it after a month of much idle capacity.")
        double headroomStep,
        @Param(min = 0, max = 1, unit = "served / rented", doc = "Utilisation below which a month counts as one of much idle capacity (headroom falls).")
        double idleUtilisation,
        @Param(min = 1, max = 24, unit = "months", doc = "Months over which a lab measures the trend of its queries (geometric mean monthly growth).")
        int trendMonths,
        @Param(min = 1, max = 100, unit = "x per month", doc = "Largest monthly growth (and, inverted, fall) of queries a lab's trend extrapolates.")
        double maxMonthlyGrowth) implements Serializable {
}
