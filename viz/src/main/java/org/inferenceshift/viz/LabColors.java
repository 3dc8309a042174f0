package org.inferenceshift.viz;

import java.awt.Color;

/**
 * One colour per lab, shared by the labs table and the users picture so a lab is recognised across
 * windows. The palette is Tableau 10 (distinguishable, also in print); labs beyond ten reuse it.
 */
final class LabColors {
    private static final Color[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC),
    };
    /** Users on the outside option: no AI, or a self-hosted open-weight model. */
    static final Color OUTSIDE = new Color(0xC8C8C8);

    private LabColors() {
    }

    static Color of(int labIndex) {
        return PALETTE[labIndex % PALETTE.length];
    }
}
