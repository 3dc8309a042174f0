package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which options a user may keep last month's success on: built from hand-made snapshots of one lab whose
 * menu changes between months.
 */
class UnchangedOptionsTest {

    /** One lab with the given tiers (E on reasoning tasks, E on intuitive tasks, served share each). */
    private static MarketSnapshot lab(double outsideE, int[] remap, double[]... tiers) {
        MarketSnapshot m = new MarketSnapshot();
        m.resizeLabs(1, 1);
        m.resizeOptions(tiers.length);
        m.labFirstOption[0] = 0;
        m.labTierCount[0] = tiers.length;
        m.tierRemap[0] = remap;
        for (int o = 0; o < tiers.length; o++) {
            m.optionLab[o] = 0;
            m.eReasoning[o] = tiers[o][0];
            m.eIntuitive[o] = tiers[o][1];
            m.servedShare[o] = tiers[o][2];
        }
        m.outsideEReasoning = outsideE;
        m.outsideEIntuitive = outsideE;
        return m;
    }

    @Test
    void nothingIsUnchangedInTheFirstMonth() {
        UnchangedOptions unchanged = new UnchangedOptions();
        unchanged.update(lab(20, null, new double[] {27, 26, 1}));
        assertFalse(unchanged.unchanged(0));
        assertFalse(unchanged.outsideUnchanged());
    }

    @Test
    void anOfferRepeatedExactlyIsUnchangedAndAChangedCapabilityIsNot() {
        UnchangedOptions unchanged = new UnchangedOptions();
        unchanged.update(lab(20, null, new double[] {27, 26, 1}, new double[] {28, 26.2, 1}));
        unchanged.update(lab(20, null, new double[] {27, 26, 1}, new double[] {28, 26.3, 1}));
        assertTrue(unchanged.unchanged(0));
        assertFalse(unchanged.unchanged(1), "E on intuitive tasks moved");
        assertTrue(unchanged.outsideUnchanged());
    }

    @Test
    void aTierIsFollowedThroughTheRemapWhenAnotherIsDropped() {
        UnchangedOptions unchanged = new UnchangedOptions();
        unchanged.update(lab(20, null, new double[] {27, 26, 1}, new double[] {28, 26.2, 1}));
        // slot 0 dropped, slot 1 moved to slot 0, a new tier in slot 1 with the old slot 1's values
        unchanged.update(lab(20, new int[] {-1, 0}, new double[] {28, 26.2, 1}, new double[] {28, 26.2, 1}));
        assertTrue(unchanged.unchanged(0), "the moved tier offers what it offered");
        assertFalse(unchanged.unchanged(1), "a new tier has no last month");
    }

    @Test
    void aRateLimitedTierChangesWithTheOutsideOption() {
        UnchangedOptions unchanged = new UnchangedOptions();
        unchanged.update(lab(20, null, new double[] {27, 27, 0.5}, new double[] {28, 26, 1}));
        unchanged.update(lab(21, null, new double[] {27, 27, 0.5}, new double[] {28, 26, 1}));
        assertFalse(unchanged.outsideUnchanged());
        assertFalse(unchanged.unchanged(0), "half its queries fall back on the outside option, which improved");
        assertTrue(unchanged.unchanged(1), "a fully served tier does not depend on the outside option");
    }
}
