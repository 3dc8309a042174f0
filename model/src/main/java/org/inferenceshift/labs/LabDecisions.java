package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.PopulationParams;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.TierInferenceKind;

/**
 * A lab's decisions, one component per kind, each a named implementation the scenario picks for the lab
 * (as {@code regulation/Policies} does for regulators). A new kind of decision is an interface, a
 * component here and a line in {@link #forLab}; a new implementation of a kind is a class, a constant in
 * its scenario enum and a line in that kind's switch. Each implementation gets its own parameter record,
 * never the whole scenario.
 */
public record LabDecisions(AllocationStrategy allocation, PricingPolicy pricing, CapacityPlanning capacity,
                           IdaStopping idaStopping, SyntheticGeneration syntheticGeneration, ApiPricing apiPricing)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static LabDecisions forLab(LabSpec spec, Scenario scenario) {
        return new LabDecisions(allocation(spec, scenario), pricing(spec, scenario), capacity(spec, scenario),
                idaStopping(scenario), syntheticGeneration(scenario), apiPricing(scenario));
    }

    /**
     * Allocation and pricing as given, capacity bought as a fixed share of the budget (the rule before issue
     * 16), inference-during-training never stopped and synthetic data always generated when the lab has a
     * share for it (these two only matter when their routes are enabled), and the API, which only matters
     * with {@code api.enabled}, priced at serving cost.
     */
    public LabDecisions(AllocationStrategy allocation, PricingPolicy pricing) {
        this(allocation, pricing, new FixedShareCapacity(), new NeverStopIda(), new AlwaysGenerate(),
                new FixedApiMarkup(0));
    }

    private static ApiPricing apiPricing(Scenario scenario) {
        return switch (scenario.api().pricing()) {
            case FIXED -> new FixedApiMarkup(scenario.api().initialMarkup());
            case COST_PLUS -> new CostPlusApiPricing(CostPlusApiPricing.Params.of(scenario.api()));
        };
    }

    private static CapacityPlanning capacity(LabSpec spec, Scenario scenario) {
        return switch (spec.capacityPlanning()) {
            case FIXED_SHARE -> new FixedShareCapacity();
            case DEMAND_FORECAST -> new DemandForecastCapacity(new DemandForecastCapacity.Params(scenario.capacity(),
                    scenario.population().represents(), meanQueriesPerPerson(scenario.population()),
                    scenario.serving().tokensPerQuery()));
        };
    }

    /** Mean of the lognormal usage: median times exp(sigma^2 / 2). */
    static double meanQueriesPerPerson(PopulationParams population) {
        double sigma = population.usageSigma();
        return population.usageMedianQueriesPerMonth() * Math.exp(sigma * sigma / 2);
    }

    private static SyntheticGeneration syntheticGeneration(Scenario scenario) {
        return switch (scenario.synthetic().generation()) {
            case ALWAYS -> new AlwaysGenerate();
            case WHEN_DATA_LIMITED -> new GenerateWhenDataLimited();
        };
    }

    private static IdaStopping idaStopping(Scenario scenario) {
        return switch (scenario.ida().stopping()) {
            case NEVER -> new NeverStopIda();
            case AFTER_LOW_GAINS -> new StopAfterLowGains(StopAfterLowGains.Params.of(scenario.ida()));
        };
    }

    private static AllocationStrategy allocation(LabSpec spec, Scenario scenario) {
        return switch (spec.allocationStrategy()) {
            case FIXED -> new FixedAllocation(spec.allocation(), spec.tokensPerParameter());
            case ADAPTIVE -> new AdaptiveAllocation(spec.allocation(), spec.tokensPerParameter(),
                    AdaptiveAllocation.Params.of(scenario.strategy(), scenario.ida().enabled(),
                            scenario.synthetic().enabled()));
        };
    }

    private static PricingPolicy pricing(LabSpec spec, Scenario scenario) {
        return switch (spec.pricingPolicy()) {
            case FIXED -> new FixedMenu();
            case EXPERIMENT -> new TierExperimentation(new TierExperimentation.Params(scenario.pricing(),
                    scenario.strategy().fitnessShareWeight(), scenario.serving().tokensPerQuery(),
                    scenario.population().usageMedianQueriesPerMonth()), inferenceRevision(spec, scenario),
                    spec.tierInference() == TierInferenceKind.ADAPTIVE);
        };
    }

    /** How the lab's pricing reviews revise its tiers' k (read by {@link TierExperimentation}). */
    private static InferenceRevision inferenceRevision(LabSpec spec, Scenario scenario) {
        return switch (spec.inferenceRevision()) {
            case NEW_TIERS_ONLY -> new NewTiersOnly();
            case REVISE -> new ReviseTiers();
            case PREMISED -> PremisedGrowth.of(scenario.pricing());
        };
    }
}
