package org.inferenceshift.labs;

/**
 * FIXED_SHARE: the rule before capacity became a decision. The lab rents, on demand, all the capacity its
 * allocation's inference share buys this month, whatever its demand; tiers are charged only the compute
 * their queries use, at the month's FLOP price (idle capacity is not a tier's cost). Kept bit for bit.
 */
public record FixedShareCapacity() implements CapacityPlanning {
    private static final long serialVersionUID = 1L;

    @Override
    public CapacityOrder plan(LabView self, ServingOutcome serving, double ceilingUsd, MarketView market) {
        return CapacityOrder.onDemand(ceilingUsd, market.flopPerDollar() * market.servingEfficiency());
    }

    @Override
    public void review(LabView self, ServingOutcome serving, MarketView market) {
        // nothing to learn: the purchase is a fixed share of the budget
    }

    @Override
    public double tierCostScale(ServingOutcome serving, double flopPerDollar) {
        return 1.0;
    }
}
