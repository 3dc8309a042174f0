package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §7: how adaptive labs revise their allocation and training choices. */
public record StrategyParams(
        @Param(min = 1, max = 120, unit = "months", doc = "Months between a lab's allocation reviews.")
        int strategyPeriodMonths,
        @Param(min = 0, max = 100, unit = "weight", doc = "Weight of subscriber-share growth (in share points) against profit margin in a lab's fitness.")
        double fitnessShareWeight,
        @Param(min = 0, max = 100, unit = "weight per OOM", doc = "Weight in a lab's allocation fitness of its forecast next-model capability relative to the frontier, per OOM of E.")
        double fitnessCapabilityWeight,
        @Param(min = 0, max = 100, unit = "share of run cost", doc = "Compliance cost, as a share of a run's cost, above which a lab stops its run just below a training threshold and moves the money to serving capacity.")
        double complianceTolerance,
        @Param(min = 0, max = 1, unit = "OOM", doc = "How far below a training threshold a lab stops a run it keeps out of coverage.")
        double bunchingMarginOom,
        @Param(min = 0, max = 10, unit = "E (OOM)", doc = "Most capability (E at k = 1) a lab gives up to keep a run below a training threshold.")
        double bunchingMaxSacrificeE,
        @Param(min = 0, max = 1, unit = "probability", doc = "Probability that a reviewing lab copies the allocation of the rival with the highest fitness.")
        double imitationProbability,
        @Param(min = 1, max = 10_000, unit = "concentration", doc = "Concentration of the Dirichlet exploration around the current allocation (higher = smaller steps).")
        double explorationConcentration,
        @Param(min = 0, max = 0.2, unit = "share", doc = "Smallest share any use keeps in an explored allocation.")
        double minimumShare,
        @Param(min = 0, max = 2, unit = "log10 step", doc = "Standard deviation of the exploration step in log10 tokens per parameter.")
        double tokensPerParameterStepLog10,
        @Param(min = 20, max = 100_000, unit = "tokens/parameter", doc = "Largest tokens-per-parameter ratio a lab may choose.")
        double maxTokensPerParameter,
        @Param(min = 1, max = 1000, unit = "tokens/parameter", doc = "Compute-optimal tokens per parameter (Chinchilla); other ratios lose effective compute.")
        double computeOptimalTokensPerParameter,
        @Param(min = 0.01, max = 1, unit = "exponent", doc = "Chinchilla alpha: exponent of the parameter term of the loss L = E + A/N^alpha + B/D^beta.")
        double chinchillaAlpha,
        @Param(min = 0.01, max = 1, unit = "exponent", doc = "Chinchilla beta: exponent of the data term of the loss.")
        double chinchillaBeta,
        @Param(min = 0, max = 1, unit = "share of run compute per extra site", doc = "Share of a run's training compute lost for each site beyond the first when a lab splits a run across sites to stay below a monitored site size (1: never split).")
        double siteSplitOverheadShare,
        boolean stayUnderRevenueLine,
        @Param(min = 0, max = 0.5, unit = "share of the revenue line", doc = "With stayUnderRevenueLine: how far below an ENTITY_BASED revenue line a lab keeps its annual revenue (12 x the month's).")
        double revenueLineMarginShare) implements Serializable {
}
