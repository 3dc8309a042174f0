package org.inferenceshift.metrics;

import java.io.Serializable;

/** One lab in one month: a row of {@code labs.csv}. */
public record LabMonth(
        int month,
        String labId,
        boolean active,
        boolean openWeights,
        double cashUsd,
        double revenueUsd,
        double spendUsd,
        double raisedUsd,
        double subscribers,
        double userShare,
        double allocationPre,
        double allocationPost,
        double allocationInference,
        double allocationIda,
        double capacityFlop,
        double demandFlop,
        double throttle,
        double servedSpendUsd,
        double idleSpendUsd,
        double deployedBaseE,
        double deployedTopE,
        double deployedParameters,
        int tiers,
        double minPaidPriceUsd,
        double maxPaidPriceUsd,
        double maxMultiplier,
        double idaInternalE,
        double idaDeployedE,
        int idaIterations,
        double allocationSynthetic,
        double dataWallFlop,
        double syntheticVerifiedTokens) implements Serializable {
}
