package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * One offer on a lab's menu: access to its deployed model at inference multiplier k for a monthly price.
 * A rate-limited free tier answers only {@code servedShare} of a user's queries (the rest fall back on the
 * outside option) and serves a smaller model, {@code capabilityOffsetE} below the deployed one. An
 * {@code adaptive} tier's k is a cap: each query uses the smallest k up to it that its task needs
 * (MODEL.md §7.6), and is costed by the k it used; a fixed tier serves every query at k.
 */
public record Tier(String name, double priceUsdPerMonth, double inferenceMultiplier, double servedShare,
                   double capabilityOffsetE, boolean adaptive) implements Serializable {

    /** A fixed-k tier. */
    public Tier(String name, double priceUsdPerMonth, double inferenceMultiplier, double servedShare,
                double capabilityOffsetE) {
        this(name, priceUsdPerMonth, inferenceMultiplier, servedShare, capabilityOffsetE, false);
    }

    public static Tier paid(String name, double priceUsdPerMonth, double inferenceMultiplier) {
        return new Tier(name, priceUsdPerMonth, inferenceMultiplier, 1.0, 0.0, false);
    }

    /** A paid tier, adaptive (k is its cap) or fixed. */
    public static Tier paid(String name, double priceUsdPerMonth, double inferenceMultiplier, boolean adaptive) {
        return new Tier(name, priceUsdPerMonth, inferenceMultiplier, 1.0, 0.0, adaptive);
    }

    public static Tier free(double servedShare, double penaltyE) {
        return new Tier("free", 0.0, 1.0, servedShare, -penaltyE, false);
    }

    public boolean isFree() {
        return priceUsdPerMonth == 0.0;
    }

    public Tier withPrice(double price) {
        return new Tier(name, price, inferenceMultiplier, servedShare, capabilityOffsetE, adaptive);
    }

    /** The same tier at another k (an adaptive tier: another cap). */
    public Tier withMultiplier(double k) {
        return new Tier(name, priceUsdPerMonth, k, servedShare, capabilityOffsetE, adaptive);
    }
}
