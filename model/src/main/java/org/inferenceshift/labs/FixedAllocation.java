package org.inferenceshift.labs;

import org.inferenceshift.scenario.AllocationShares;

/** The split and tokens-per-parameter ratio the lab was given in the scenario, every month. */
public record FixedAllocation(AllocationShares current, double tokensPerParameter) implements AllocationStrategy {
    @Override
    public void review(LabView self, MarketView market) {
        // the scenario's split stands for the whole run
    }

    @Override
    public double lastFitness() {
        return Double.NaN;
    }
}
