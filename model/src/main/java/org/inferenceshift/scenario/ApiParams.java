package org.inferenceshift.scenario;

import java.io.Serializable;

/**
 * The enterprise / API market (issue 18 item 5): a second population of buyers (firms and developers)
 * buying per token from labs' API price lists, and how labs set those prices. Off ({@code enabled} false),
 * no buyer is drawn and no lab sells through the API: runs are the consumer-only runs bit for bit.
 */
public record ApiParams(
        boolean enabled,
        @Param(min = 1, max = 1_000_000, unit = "agents", doc = "Simulated API buyers (firms and developers); together they stand for the whole API market's volume.")
        int buyers,
        @Param(min = 0, max = 1e16, unit = "queries/month", doc = "API queries of the whole market in the first month (each tokensPerQuery output tokens at k = 1), shared among buyers by firm size and intensity.")
        double queriesPerMonth,
        @Param(min = 1, max = 100, unit = "x per year", doc = "Growth of the market's API query volume per year, until it reaches volumeGrowthMax times the first month's.")
        double volumeGrowthPerYear,
        @Param(min = 1, max = 1e6, unit = "x first month", doc = "Largest multiple of the first month's API volume that growth reaches (saturation).")
        double volumeGrowthMax,
        @Param(min = 0.5, max = 5, unit = "tail index", doc = "Tail index alpha of the Pareto distribution of firm sizes (a buyer's weight).")
        double firmSizeTailIndex,
        @Param(min = 1, max = 1e9, unit = "x smallest firm", doc = "Largest firm size drawn, in units of the smallest (the Pareto distribution is truncated there).")
        double firmSizeMax,
        @Param(min = 0, max = 5, unit = "log-sd", doc = "Spread of queries per unit of firm size (a buyer's volume is its weight times a lognormal intensity).")
        double intensitySigma,
        @Param(min = 1e-6, max = 1e6, unit = "USD/query", doc = "Median value to a buyer of one successfully completed API query.")
        double valueMedianUsdPerQuery,
        @Param(min = 0, max = 5, unit = "log-sd", doc = "Spread (lognormal sigma) of buyers' value per query.")
        double valueSigma,
        @Param(min = 0, max = 1, unit = "share", doc = "Mean share of a buyer's queries that are reasoning tasks (Beta distribution).")
        double reasoningShareMean,
        @Param(min = 0.1, max = 1000, unit = "alpha+beta", doc = "Concentration of the Beta distribution of buyers' reasoning shares (higher: less spread).")
        double reasoningShareConcentration,
        @Param(min = 0, max = 60, unit = "E (OOM)", doc = "Mean difficulty of buyers' tasks (normal distribution).")
        double difficultyMeanE,
        @Param(min = 0, max = 10, unit = "E (OOM)", doc = "Standard deviation of buyers' task difficulty.")
        double difficultySdE,
        @Param(min = 1e-4, max = 10, unit = "utility", doc = "Scale of the API logit over labs and not buying (utility in success share minus price over value).")
        double logitScale,
        @Param(min = 0.001, max = 1, unit = "share/month", doc = "Share of each buyer's API volume it re-splits among labs and not buying each month (the rest stays where it was; new volume is always placed afresh); 1: the whole volume every month.")
        double reviewRate,
        @Param(unit = "FIXED or COST_PLUS", doc = "How labs price the API: FIXED (markup held at initialMarkup) or COST_PLUS (markup moved each review by whether the last move raised API profit).")
        ApiPricingKind pricing,
        @Param(min = 0, max = 100, unit = "x serving cost", doc = "Markup over serving cost a lab starts with: price per token = (1 + markup) x serving cost per token.")
        double initialMarkup,
        @Param(min = 0, max = 100, unit = "x serving cost", doc = "Lowest markup a COST_PLUS lab moves to.")
        double minMarkup,
        @Param(min = 0, max = 100, unit = "x serving cost", doc = "Highest markup a COST_PLUS lab moves to.")
        double maxMarkup,
        @Param(min = 0, max = 1, unit = "share", doc = "Step of a COST_PLUS review: markup times (1 + step) or divided by it.")
        double markupStep,
        @Param(min = 1, max = 60, unit = "months", doc = "Months between a COST_PLUS lab's API price reviews.")
        int pricingPeriodMonths) implements Serializable {
    private static final long serialVersionUID = 2L;
}
