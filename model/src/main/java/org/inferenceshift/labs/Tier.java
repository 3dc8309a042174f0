package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * One offer on a lab's menu: access to its deployed model at inference multiplier k for a monthly price.
 * A rate-limited free tier answers only {@code servedShare} of a user's queries (the rest fall back on the
 * outside option) and serves a smaller model, {@code capabilityOffsetE} below the deployed one.
 */
public record Tier(String name, double priceUsdPerMonth, double inferenceMultiplier, double servedShare,
                   double capabilityOffsetE) implements Serializable {

    public static Tier paid(String name, double priceUsdPerMonth, double inferenceMultiplier) {
        return new Tier(name, priceUsdPerMonth, inferenceMultiplier, 1.0, 0.0);
    }

    public static Tier free(double servedShare, double penaltyE) {
        return new Tier("free", 0.0, 1.0, servedShare, -penaltyE);
    }

    public boolean isFree() {
        return priceUsdPerMonth == 0.0;
    }

    public Tier withPrice(double price) {
        return new Tier(name, price, inferenceMultiplier, servedShare, capabilityOffsetE);
    }

    public Tier withMultiplier(double k) {
        return new Tier(name, priceUsdPerMonth, k, servedShare, capabilityOffsetE);
    }
}
