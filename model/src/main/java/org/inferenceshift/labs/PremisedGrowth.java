package org.inferenceshift.labs;

import org.inferenceshift.scenario.PricingParams;

/**
 * The texts' premise as an input: the base tier's k is {@code 10^(growthOom * min(1, month / growthMonths))},
 * capped at the deployed model's plateau 10^P, set every month; the review's experiments are those of
 * {@link NewTiersOnly} (no raise experiments; a cut of the base tier is overridden the next month).
 */
public record PremisedGrowth(double growthOom, int growthMonths) implements InferenceRevision {

    public static PremisedGrowth of(PricingParams pricing) {
        return new PremisedGrowth(pricing.premisedGrowthOom(), pricing.premisedGrowthMonths());
    }

    /** The premised k of the base tier in {@code month} (0 = the run's first), before the plateau cap. */
    public double premisedK(int month) {
        return Math.pow(10, growthOom * Math.min(1.0, (double) month / growthMonths));
    }

    @Override
    public boolean raisesK() {
        return false;
    }

    @Override
    public void schedule(LabView self, TierMenu menu, MarketView market) {
        int base = InferenceRevision.baseSlot(menu);
        if (base < 0 || self.deployed() == null) {
            return;
        }
        double k = Math.min(premisedK(market.month()), Math.pow(10, self.deployed().plateauOom()));
        Tier tier = menu.get(base);
        if (tier.inferenceMultiplier() != k) {
            menu.replace(base, tier.withMultiplier(k));
        }
    }
}
