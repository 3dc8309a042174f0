package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TierMenuTest {

    @Test
    void firstPublicationAndAnUnchangedMenuMoveNobody() {
        TierMenu menu = new TierMenu();
        menu.add(Tier.paid("a", 20, 1));
        assertNull(menu.remap(), "users placed on the opening menu keep their slot");
        assertNull(menu.remap());
    }

    @Test
    void droppingATierShiftsLaterSlotsAndMarksTheDroppedOne() {
        TierMenu menu = new TierMenu();
        menu.add(Tier.paid("a", 20, 1));
        menu.add(Tier.paid("b", 200, 10));
        menu.add(Tier.paid("c", 2000, 100));
        menu.remap();
        menu.remove(1);
        menu.add(Tier.paid("d", 5, 1));
        assertArrayEquals(new int[] {0, -1, 1}, menu.remap());
    }

    @Test
    void cappingLowersOnlyTheTiersAboveThePlateauAndKeepsTheirPricesAndIds() {
        TierMenu menu = new TierMenu();
        menu.add(Tier.paid("a", 20, 10));
        menu.add(Tier.paid("b", 200, 1e4));
        int idB = menu.id(1);
        menu.capMultipliers(1e3);
        assertEquals(10, menu.get(0).inferenceMultiplier(), 0.0);
        assertEquals(1e3, menu.get(1).inferenceMultiplier(), 0.0);
        assertEquals(200, menu.get(1).priceUsdPerMonth(), 0.0);
        assertEquals(idB, menu.id(1), "a capped tier is the same tier: its subscribers stay");
        assertEquals(1e3, menu.maxMultiplier(), 0.0);
    }
}
