package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The price of constant capability on hand-built offers: three configurations with reasoning E 25.2,
 * 25.8 and 26.5 and FLOP per query 1e14, 3e14 and 2e15, at 5e17 FLOP per dollar. With a target of 25.5
 * only the second and third reach it; the cheaper is 3e14 / 5e17 = $6e-4 a query. Its fall per year: from
 * $0.0240 to $6e-4 over 24 months is (40)^(12/24) = 6.32x a year.
 */
class ConstantCapabilityPriceTest {
    private final double[] e = {25.2, 25.8, 26.5, 99};
    private final double[] flop = {1e14, 3e14, 2e15, 1};

    @Test
    void theCheapestOfferReachingTheTargetSetsThePrice() {
        assertEquals(6e-4, ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 25.5, 5e17), 1e-18);
        assertEquals(2e-4, ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 25.0, 5e17), 1e-18,
                "a lower target lets the cheapest offer in");
        assertEquals(6e-4, ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 25.8, 5e17), 1e-18,
                "reaching means at least the target");
        assertTrue(Double.isNaN(ConstantCapabilityPrice.cheapestUsdPerQuery(e, flop, 3, 27, 5e17)),
                "no offer reaches it; the entry past count is not an offer");
    }

    @Test
    void theDeclineIsAnnualisedFromTheFirstMonth() {
        assertEquals(Math.sqrt(40), ConstantCapabilityPrice.declinePerYear(0.024, 6e-4, 24), 1e-12);
        assertEquals(40, ConstantCapabilityPrice.declinePerYear(0.024, 6e-4, 12), 1e-12);
        assertTrue(Double.isNaN(ConstantCapabilityPrice.declinePerYear(0.024, 6e-4, 0)), "first month");
        assertTrue(Double.isNaN(ConstantCapabilityPrice.declinePerYear(Double.NaN, 6e-4, 12)));
        assertTrue(Double.isNaN(ConstantCapabilityPrice.declinePerYear(0.024, Double.NaN, 12)));
    }
}
