package org.inferenceshift.labs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab's model family: its deployed flagship and the distilled models it has made of it. A tier on a
 * distilled model ({@link Tier#isDistilled()}) needs the lab to have distilled its current flagship at that
 * size; each distillation is made once per flagship, when a menu first needs it, and costs
 * {@code distillationComputeShare} of the flagship's physical pre-training compute. A new flagship
 * starts a new family: its distilled models are made (and paid for) again.
 */
public final class ModelFamily implements Serializable {
    private static final long serialVersionUID = 1L;

    private int flagshipId = -1;
    private final List<Double> distilledFractions = new ArrayList<>();
    private int distillations;

    /**
     * Makes the distilled models {@code menu} serves that the family of {@code flagship} lacks.
     *
     * @return the FLOP they cost (0 when nothing new is needed)
     */
    public double distil(TierMenu menu, TrainedModel flagship, double computeShare) {
        if (flagship.id() != flagshipId) {
            flagshipId = flagship.id();
            distilledFractions.clear();
        }
        double flop = 0;
        for (int slot = 0; slot < menu.size(); slot++) {
            Tier tier = menu.get(slot);
            if (tier.isDistilled() && !distilledFractions.contains(tier.sizeFraction())) {
                distilledFractions.add(tier.sizeFraction());
                flop += computeShare * flagship.physicalFlop();
                distillations++;
            }
        }
        return flop;
    }

    /** Distillations made so far, over every flagship. */
    public int getDistillations() {
        return distillations;
    }
}
