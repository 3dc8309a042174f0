package org.inferenceshift.scenario;

import java.io.Serializable;
import java.util.List;

/**
 * One scenario, fully resolved: every parameter has its value (file value or default). Built only by
 * {@link ScenarioLoader}, which validates it; the simulation never sees an unchecked scenario.
 * {@code labDefaults} is what every listed lab was completed from, and what entrants are made of.
 */
public record Scenario(
        String name,
        String purpose,
        @Param(min = 0, max = 4294967295.0, unit = "seed", doc = "Seed of the run's random generator (32 bits: MASON's generator uses no more, so larger seeds would alias).")
        long seed,
        String start,
        @Param(min = 1, max = 1200, unit = "months", doc = "Months simulated (one step is one month).")
        int horizonMonths,
        PopulationParams population,
        ChoiceParams choice,
        TrendParams trends,
        CapabilityParams capability,
        ServingParams serving,
        CapacityParams capacity,
        FinanceParams finance,
        StrategyParams strategy,
        PricingParams pricing,
        EntryParams entry,
        IdaParams ida,
        SyntheticDataParams synthetic,
        ApiParams api,
        MetricsParams metrics,
        List<RegionSpec> regions,
        List<RegulatorSpec> regulators,
        LabSpec labDefaults,
        List<LabSpec> labs) implements Serializable {

    public Scenario {
        regions = List.copyOf(regions);
        regulators = List.copyOf(regulators);
        labs = List.copyOf(labs);
    }

    /** Index of the named region in {@link #regions()}, or -1. */
    public int regionIndex(String name) {
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).name().equals(name)) {
                return r;
            }
        }
        return -1;
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, purpose, newSeed, start, horizonMonths, population, choice, trends,
                capability, serving, capacity, finance, strategy, pricing, entry, ida, synthetic, api, metrics, regions, regulators, labDefaults, labs);
    }
}
