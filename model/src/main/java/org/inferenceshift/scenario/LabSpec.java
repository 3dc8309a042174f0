package org.inferenceshift.scenario;

import java.io.Serializable;

/** One lab of the initial roster (DESIGN §7). Fields a file omits come from {@code labDefaults}. */
public record LabSpec(
        String id,
        @Param(min = 0, max = 1e15, unit = "USD", doc = "Cash at the start.")
        double cashUsd,
        @Param(min = 0, max = 1e15, unit = "USD/month", doc = "Revenue of the month before the start (the first budget's revenue term).")
        double revenueUsdPerMonth,
        @Param(min = 0, max = 1e15, unit = "USD/month", doc = "Fixed costs: staff, research compute, overheads.")
        double fixedCostUsdPerMonth,
        @Param(min = 0, max = 1, unit = "share", doc = "Share of all users who start as this lab's subscribers.")
        double initialUserShare,
        boolean openWeights,
        AllocationKind allocationStrategy,
        PricingKind pricingPolicy,
        CapacityKind capacityPlanning,
        TierInferenceKind tierInference,
        InferenceRevisionKind inferenceRevision,
        @Param(min = 20, max = 10_000, unit = "tokens/parameter", doc = "Tokens per parameter r of the lab's training runs (20 = Chinchilla).")
        double tokensPerParameter,
        @Param(min = 1, max = 60, unit = "months", doc = "Length of a pre-training run; a run releases a model when it ends.")
        int trainingMonths,
        @Param(min = 0, max = 1, unit = "share", doc = "Share of pre- and post-training spend that goes into the final run; the rest is experiments.")
        double finalRunShare,
        InitialModelSpec initialModel,
        AllocationShares allocation,
        TierSpec tier) implements Serializable {
}
