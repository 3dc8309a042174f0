package org.inferenceshift.scenario;

import java.io.Serializable;

/** The tier a lab opens with: a monthly price for access at an inference multiplier k. */
public record TierSpec(
        @Param(min = 0, max = 1e6, unit = "USD/month", doc = "Monthly subscription price of the opening tier.")
        double priceUsdPerMonth,
        @Param(min = 1, max = 1e9, unit = "x", doc = "Inference multiplier k of the opening tier.")
        double inferenceMultiplier) implements Serializable {
}
