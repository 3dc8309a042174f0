package org.inferenceshift.labs;

import java.io.Serializable;

/** One offer on a lab's menu: access to its deployed model at inference multiplier k for a monthly price. */
public record Tier(String name, double priceUsdPerMonth, double inferenceMultiplier) implements Serializable {
    public boolean isFree() {
        return priceUsdPerMonth == 0.0;
    }
}
