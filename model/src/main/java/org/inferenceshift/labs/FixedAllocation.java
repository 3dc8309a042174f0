package org.inferenceshift.labs;

import org.inferenceshift.scenario.AllocationShares;

/** The split a lab was given in the scenario, every month. */
public record FixedAllocation(AllocationShares shares) implements AllocationStrategy {
    @Override
    public AllocationShares allocate(Lab lab, int step) {
        return shares;
    }
}
