package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §7: how labs experiment with their tier menus, and what a free tier is. */
public record PricingParams(
        @Param(min = 1, max = 60, unit = "months", doc = "Months between a lab's menu experiments (each judged at the next review).")
        int pricingPeriodMonths,
        @Param(min = 0.01, max = 1, unit = "share", doc = "Relative size of a price experiment (a price moves up or down by this share).")
        double priceStep,
        @Param(min = 1.5, max = 1000, unit = "x", doc = "A new tier's multiplier over the lab's highest k.")
        double newTierMultiplierStep,
        @Param(min = 0, max = 20, unit = "share", doc = "Markup over expected marginal serving cost when pricing a new tier.")
        double newTierMarkup,
        @Param(min = 0, max = 2, unit = "elasticity", doc = "A new tier opens at least at the top price times (its k / the top k) to this power.")
        double newTierPriceElasticity,
        @Param(min = 0, max = 10, unit = "fluctuations", doc = "A cut of a tier's k is undone only if menu fitness fell by more than this many of the lab's typical fluctuations between reviews.")
        double evidenceThreshold,
        @Param(min = 1, max = 12, unit = "tiers", doc = "Most tiers a lab offers at once.")
        int maxTiers,
        @Param(min = 1, max = 12, unit = "reviews", doc = "Consecutive reviews a tier may lose money before it is dropped.")
        int dropAfterLossReviews,
        @Param(min = 0, max = 1, unit = "share", doc = "A non-base tier with less than this share of the lab's subscribers at a review is dropped.")
        double minimumTierSubscriberShare,
        @Param(min = 0, max = 1, unit = "share", doc = "Share of a free-tier user's queries the free tier answers (the rest fall back on the outside option).")
        double freeTierServedShare,
        @Param(min = 0.001, max = 1, unit = "share of parameters", doc = "Size of a lab's distilled model as a share of its flagship's parameters N (its FLOP per query scale with it); the free tier and distilled tiers serve it; 1 turns distillation off (no distilled tier, the free tier serves the flagship).")
        double distilledSizeFraction,
        @Param(min = 0, max = 3, unit = "E per OOM of size", doc = "Capability a distilled model loses per order of magnitude it is smaller than its flagship: its E is the flagship's minus this times log10(1 / distilledSizeFraction).")
        double distillationPenaltyEPerOom,
        @Param(min = 0, max = 2, unit = "share of pre-training FLOP", doc = "One-off compute to distil a flagship, as a share of the flagship's physical pre-training compute, paid at the month's FLOP price when a lab first serves a distilled model of that flagship.")
        double distillationComputeShare,
        @Param(min = 0.01, max = 1, unit = "weight", doc = "Weight of the latest review's change of menu fitness in the lab's usual fluctuation (an exponentially weighted mean).")
        double fluctuationWeight,
        @Param(min = 1, max = 1000, unit = "x", doc = "A new tier opens only if its k, after the cap at the model's plateau, is at least this multiple of the lab's highest k.")
        double minimumNewTierGain,
        @Param(min = 0, max = 9, unit = "OOM of k", doc = "inferenceRevision PREMISED: orders of magnitude the base tier's k grows over premisedGrowthMonths (capped at the model's plateau 10^P).")
        double premisedGrowthOom,
        @Param(min = 1, max = 600, unit = "months", doc = "inferenceRevision PREMISED: months over which the base tier's k grows by premisedGrowthOom (log-linear from the run's start, then flat).")
        int premisedGrowthMonths) implements Serializable {
}
