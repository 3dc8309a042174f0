package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §7: entrants arriving by a Poisson process. */
public record EntryParams(
        @Param(min = 0, max = 120, unit = "labs/year", doc = "Mean number of entrant labs per year (Poisson).")
        double entrantsPerYear,
        @Param(min = 0, max = 1e15, unit = "USD", doc = "Seed capital of an entrant.")
        double entrantCashUsd,
        @Param(min = 0, max = 1, unit = "probability", doc = "Probability that an entrant releases its weights.")
        double entrantOpenWeightsProbability,
        @Param(min = 1e15, max = 1e35, unit = "FLOP", doc = "Pre-training compute of an entrant's first model when no open-weight model exists to start from.")
        double entrantInitialFlop) implements Serializable {
}
