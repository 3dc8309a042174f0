package org.inferenceshift.metrics;

import org.inferenceshift.api.ApiMarket;

/**
 * The month's API market as the metrics read it (issue 18 item 5): each lab's API revenue, tokens and price,
 * the FLOP the API asked of the labs' capacity, and the queries buyers did not buy. With the API market off
 * every figure is 0 ({@link #enabled} false).
 *
 * @param revenueByLab      API revenue of each lab (index = lab index)
 * @param tokens            output tokens the labs' APIs served (each query's k included)
 * @param demandFlop        FLOP the API queries asked of the labs' capacity
 * @param boughtQueries     API queries bought from a lab
 * @param notBoughtQueries  API queries of the buyers bought from no lab
 * @param leaderPricePerMillionTokens price per million output tokens of the lab with the most API revenue (NaN: none)
 * @param revenueWeightedMarkup  labs' API markups over serving cost, weighted by API revenue (NaN: no API spend)
 */
record ApiFacts(boolean enabled, double[] revenueByLab, double revenueUsd, double tokens, double demandFlop,
                double boughtQueries, double notBoughtQueries, double leaderPricePerMillionTokens,
                double revenueWeightedMarkup) {

    static ApiFacts of(ApiMarket api, int labs) {
        double[] revenue = new double[labs];
        if (api == null) {
            return new ApiFacts(false, revenue, 0, 0, 0, 0, 0, Double.NaN, Double.NaN);
        }
        double total = 0;
        double tokens = 0;
        double flop = 0;
        double bought = 0;
        int leader = -1;
        double markupSum = 0;
        for (int l = 0; l < labs; l++) {
            revenue[l] = api.revenueUsd(l);
            total += revenue[l];
            tokens += api.tokens(l);
            flop += api.demandFlop(l);
            bought += api.queries(l);
            if (revenue[l] > 0) {
                markupSum += revenue[l] * api.markup(l);
            }
            if (revenue[l] > 0 && (leader < 0 || revenue[l] > revenue[leader])) {
                leader = l;
            }
        }
        return new ApiFacts(true, revenue, total, tokens, flop, bought, api.notBoughtQueries(),
                leader < 0 ? Double.NaN : api.pricePerMillionTokens(leader), total > 0 ? markupSum / total : Double.NaN);
    }

    /** Spend-weighted mean price per million output tokens: API revenue over tokens (NaN: no token sold). */
    double meanPricePerMillionTokens() {
        return tokens > 0 ? revenueUsd / tokens * 1e6 : Double.NaN;
    }

    /** Share of the buyers' queries bought from a lab (NaN with the market off or no volume). */
    double purchaseShare() {
        double all = boughtQueries + notBoughtQueries;
        return enabled && all > 0 ? boughtQueries / all : Double.NaN;
    }
}
