package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * How a lab revises the inference multiplier k (an adaptive tier's cap) of the tiers it already sells, in
 * its pricing reviews (MODEL.md §7.9). One decision, named implementations ({@link NewTiersOnly},
 * {@link ReviseTiers}, {@link PremisedGrowth}); {@link LabDecisions} picks one per lab from the scenario's
 * {@code inferenceRevision}, and {@link TierExperimentation} consults it.
 */
public interface InferenceRevision extends Serializable {
    /** Whether the review's experiments include raising one tier's k (any tier, the base and free ones included). */
    boolean raisesK();

    /**
     * Called every month before the menu review: a rule that sets tiers' k by itself (the premise) sets it
     * here; the others leave the menu alone.
     */
    void schedule(LabView self, TierMenu menu, MarketView market);

    /** The lab's base tier: its cheapest paid tier (the first of equal price), or -1 if it sells none. */
    static int baseSlot(TierMenu menu) {
        int base = -1;
        for (int slot = 0; slot < menu.size(); slot++) {
            Tier t = menu.get(slot);
            if (!t.isFree() && (base < 0 || t.priceUsdPerMonth() < menu.get(base).priceUsdPerMonth())) {
                base = slot;
            }
        }
        return base;
    }
}
