package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The labs' API pricing decisions against hand-computed markups: COST_PLUS moves the price factor 1 + markup
 * one step a review, up while profit rises, back when it falls, down when nothing sold, within its bounds;
 * FIXED never moves.
 */
class ApiPricingTest {
    /** Opening markup 1 (price twice cost), bounds [0.5, 1.5], step 10%, a review every 2 months. */
    private static final CostPlusApiPricing.Params PARAMS = new CostPlusApiPricing.Params(1.0, 0.5, 1.5, 0.1, 2);

    private static ApiOutcome profit(double usd) {
        return new ApiOutcome(usd + 100, 100, 1, 1000);
    }

    @Test
    void costPlusRaisesWhileProfitRisesAndTurnsBackWhenItFalls() {
        CostPlusApiPricing pricing = new CostPlusApiPricing(PARAMS);
        assertEquals(1.0, pricing.markup(null, null), 0.0);
        pricing.review(null, profit(10), null);
        assertEquals(1.0, pricing.markup(null, null), 0.0, "no review before the period ends");
        pricing.review(null, profit(20), null);
        // first review (profit 30, no earlier period): up, factor 2 * 1.1 = 2.2
        assertEquals(1.2, pricing.markup(null, null), 1e-12);
        pricing.review(null, profit(20), null);
        pricing.review(null, profit(20), null);
        // profit 40 > 30: up again, 2.2 * 1.1 = 2.42
        assertEquals(1.42, pricing.markup(null, null), 1e-12);
        pricing.review(null, profit(10), null);
        pricing.review(null, profit(10), null);
        // profit 20 < 40: turn back down, 2.42 / 1.1 = 2.2
        assertEquals(1.2, pricing.markup(null, null), 1e-12);
        assertEquals(-1, pricing.direction());
        pricing.review(null, profit(15), null);
        pricing.review(null, profit(15), null);
        // profit 30 > 20: keep going down, 2.2 / 1.1 = 2
        assertEquals(1.0, pricing.markup(null, null), 1e-12);
    }

    @Test
    void costPlusCutsThePriceWhenItSoldNothingAndStaysWithinItsBounds() {
        CostPlusApiPricing pricing = new CostPlusApiPricing(PARAMS);
        ApiOutcome nothing = new ApiOutcome(0, 0, 0, 0);
        double factor = 2.0;
        for (int review = 0; review < 10; review++) {
            pricing.review(null, nothing, null);
            pricing.review(null, nothing, null);
            factor = Math.max(1.5, factor / 1.1);
            assertEquals(factor - 1, pricing.markup(null, null), 1e-12, "review " + review);
        }
        assertEquals(0.5, pricing.markup(null, null), 0.0, "never below minMarkup");
        CostPlusApiPricing rising = new CostPlusApiPricing(PARAMS);
        for (int review = 1; review <= 10; review++) {
            rising.review(null, profit(review), null);
            rising.review(null, profit(review), null);
        }
        assertEquals(1.5, rising.markup(null, null), 0.0, "never above maxMarkup");
    }

    @Test
    void fixedNeverMovesItsMarkup() {
        FixedApiMarkup fixed = new FixedApiMarkup(0.8);
        for (int month = 0; month < 12; month++) {
            fixed.review(null, profit(month % 3 == 0 ? -50 : 50), null);
            assertEquals(0.8, fixed.markup(null, null), 0.0);
        }
    }
}
