package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.ApiParams;

/**
 * COST_PLUS (issue 18 item 5): the API is priced at serving cost times a price factor {@code f = 1 + markup}
 * that the lab moves by hill climbing on its API profit (revenue less the serving cost of its API queries).
 * Every pricingPeriodMonths months it sums the period's profit and:
 * <ul>
 *   <li>with no API revenue in the period, lowers the price (a lab that sells nothing tries cheaper);</li>
 *   <li>otherwise, if the period's profit fell below the previous period's, reverses the direction of its
 *       last move; the first review, with no previous period, keeps the opening direction (up);</li>
 *   <li>moves {@code f} one step in that direction: times (1 + markupStep) up, divided by it down,
 *       the markup kept within [minMarkup, maxMarkup].</li>
 * </ul>
 * It sees only its own outcome, never rivals' prices or an optimum: a move that paid is repeated, one that
 * did not is undone, as a seller who learns its demand curve by trying prices.
 */
public final class CostPlusApiPricing implements ApiPricing {
    private static final long serialVersionUID = 1L;

    /** The api section's pricing figures this decision reads. */
    public record Params(double initialMarkup, double minMarkup, double maxMarkup, double markupStep,
                         int pricingPeriodMonths) implements Serializable {
        private static final long serialVersionUID = 1L;

        public static Params of(ApiParams api) {
            return new Params(api.initialMarkup(), api.minMarkup(), api.maxMarkup(), api.markupStep(),
                    api.pricingPeriodMonths());
        }
    }

    private final Params params;
    private double markup;
    /** +1: the last move raised the price; -1: it lowered it. */
    private int direction = 1;
    private int monthsInPeriod;
    private double periodProfitUsd;
    private double periodRevenueUsd;
    private double previousProfitUsd = Double.NaN;

    public CostPlusApiPricing(Params params) {
        this.params = params;
        this.markup = params.initialMarkup();
    }

    @Override
    public double markup(LabView self, MarketView market) {
        return markup;
    }

    @Override
    public void review(LabView self, ApiOutcome outcome, MarketView market) {
        periodProfitUsd += outcome.profitUsd();
        periodRevenueUsd += outcome.revenueUsd();
        if (++monthsInPeriod < params.pricingPeriodMonths()) {
            return;
        }
        if (!(periodRevenueUsd > 0)) {
            direction = -1;
        } else if (!Double.isNaN(previousProfitUsd) && periodProfitUsd < previousProfitUsd) {
            direction = -direction;
        }
        double factor = 1 + markup;
        double step = 1 + params.markupStep();
        factor = direction > 0 ? factor * step : factor / step;
        markup = Math.max(params.minMarkup(), Math.min(params.maxMarkup(), factor - 1));
        previousProfitUsd = periodRevenueUsd > 0 ? periodProfitUsd : Double.NaN;
        monthsInPeriod = 0;
        periodProfitUsd = 0;
        periodRevenueUsd = 0;
    }

    /** The direction of the last move: +1 up, -1 down (for tests and the lab inspector). */
    public int direction() {
        return direction;
    }
}
