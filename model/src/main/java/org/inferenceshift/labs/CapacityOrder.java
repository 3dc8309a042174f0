package org.inferenceshift.labs;

/**
 * A month's capacity decision: new reserved capacity (FLOP per month, its monthly payment and its term)
 * and capacity rented on demand for this month only. Capacity committed in earlier months comes on top.
 */
public record CapacityOrder(double reservedFlop, double reservedUsdPerMonth, int reservedMonths,
                            double onDemandFlop, double onDemandUsd) {

    /** Everything on demand: {@code usd} at {@code flopPerDollar}. */
    public static CapacityOrder onDemand(double usd, double flopPerDollar) {
        return new CapacityOrder(0, 0, 0, usd * flopPerDollar, usd);
    }
}
