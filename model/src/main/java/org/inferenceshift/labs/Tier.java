package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * One offer on a lab's menu: access to one of its models at inference multiplier k for a monthly price.
 * The model is the deployed flagship ({@code sizeFraction} 1) or the lab's distilled model of it
 * ({@code sizeFraction} &lt; 1: that share of the flagship's parameters, so a query costs that share of the
 * flagship's FLOP, and {@code capabilityOffsetE} below it). A rate-limited free tier answers only
 * {@code servedShare} of a user's queries (the rest fall back on the outside option) and serves the
 * distilled model. An {@code adaptive} tier's k is a cap: each query uses the smallest k up to it that its
 * task needs (MODEL.md §7.6), and is costed by the k it used; a fixed tier serves every query at k.
 */
public record Tier(String name, double priceUsdPerMonth, double inferenceMultiplier, double servedShare,
                   double capabilityOffsetE, double sizeFraction, boolean adaptive) implements Serializable {

    /** A fixed-k tier. */
    public Tier(String name, double priceUsdPerMonth, double inferenceMultiplier, double servedShare,
                double capabilityOffsetE, double sizeFraction) {
        this(name, priceUsdPerMonth, inferenceMultiplier, servedShare, capabilityOffsetE, sizeFraction, false);
    }

    public static Tier paid(String name, double priceUsdPerMonth, double inferenceMultiplier) {
        return new Tier(name, priceUsdPerMonth, inferenceMultiplier, 1.0, 0.0, 1.0);
    }

    /** A paid tier on the flagship, adaptive (k is its cap) or fixed. */
    public static Tier paid(String name, double priceUsdPerMonth, double inferenceMultiplier, boolean adaptive) {
        return new Tier(name, priceUsdPerMonth, inferenceMultiplier, 1.0, 0.0, 1.0, adaptive);
    }

    /** A free tier at k = 1 on a model of {@code sizeFraction} of the flagship, {@code penaltyE} below it. */
    public static Tier free(double servedShare, double sizeFraction, double penaltyE) {
        return new Tier("free", 0.0, 1.0, servedShare, -penaltyE, sizeFraction);
    }

    /** A paid tier on the distilled model: {@code sizeFraction} of the flagship's N, {@code penaltyE} below it. */
    public static Tier distilled(String name, double priceUsdPerMonth, double inferenceMultiplier,
                                 double sizeFraction, double penaltyE) {
        return new Tier(name, priceUsdPerMonth, inferenceMultiplier, 1.0, -penaltyE, sizeFraction);
    }

    /**
     * E a distilled model of {@code sizeFraction} of its flagship's parameters gives up:
     * {@code penaltyEPerOom · log10(1 / sizeFraction)} (0 for the flagship itself).
     */
    public static double distillationPenaltyE(double sizeFraction, double penaltyEPerOom) {
        return penaltyEPerOom * Math.log10(1.0 / sizeFraction);
    }

    public boolean isFree() {
        return priceUsdPerMonth == 0.0;
    }

    /** Whether the tier serves a distilled model rather than the flagship. */
    public boolean isDistilled() {
        return sizeFraction < 1.0;
    }

    /** The same tier, adaptive or fixed. */
    public Tier withAdaptive(boolean adaptive) {
        return new Tier(name, priceUsdPerMonth, inferenceMultiplier, servedShare, capabilityOffsetE, sizeFraction, adaptive);
    }

    public Tier withPrice(double price) {
        return new Tier(name, price, inferenceMultiplier, servedShare, capabilityOffsetE, sizeFraction, adaptive);
    }

    /** The same tier at another k (an adaptive tier: another cap). */
    public Tier withMultiplier(double k) {
        return new Tier(name, priceUsdPerMonth, k, servedShare, capabilityOffsetE, sizeFraction, adaptive);
    }
}
