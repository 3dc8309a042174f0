package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inferenceshift.compute.ModelShape;
import org.junit.jupiter.api.Test;

/**
 * A lab distils its flagship once, when its menu first serves the distilled model, at
 * computeShare x the flagship's physical pre-training FLOP (by hand: 0.1 x 1e25 = 1e24 FLOP); a new
 * flagship is distilled again; a menu without a distilled tier costs nothing.
 */
class ModelFamilyTest {
    private static TrainedModel flagship(int id, double physicalFlop) {
        return new TrainedModel(id, "lab-0", 0, physicalFlop, physicalFlop, 1e22,
                ModelShape.fromCompute(physicalFlop, 20), 25, 2, false);
    }

    @Test
    void distillationIsPaidOncePerFlagshipAndSize() {
        ModelFamily family = new ModelFamily();
        TierMenu menu = new TierMenu();
        menu.add(Tier.paid("standard", 20, 1));
        TrainedModel first = flagship(0, 1e25);
        assertEquals(0, family.distil(menu, first, 0.1), 0.0, "no distilled tier, no distillation");
        menu.add(Tier.distilled("distilled", 6, 1, 0.1, 0.5));
        menu.add(Tier.free(0.3, 0.1, 0.5));
        assertEquals(1e24, family.distil(menu, first, 0.1), 1e9, "two tiers on the same distilled model: one distillation");
        assertEquals(0, family.distil(menu, first, 0.1), 0.0, "already made");
        assertEquals(1, family.getDistillations());
        TrainedModel second = flagship(1, 4e25);
        assertEquals(4e24, family.distil(menu, second, 0.1), 1e9, "a new flagship is distilled again");
        assertEquals(0, family.distil(menu, second, 0.1), 0.0);
        menu.add(Tier.distilled("nano", 2, 1, 0.01, 1.0));
        assertEquals(4e24, family.distil(menu, second, 0.1), 1e9, "a second size is a second distillation");
        assertEquals(3, family.getDistillations());
    }
}
