package org.inferenceshift.metrics;

import java.util.function.ToDoubleFunction;

/**
 * The registry of per-step metrics (DESIGN §9): each constant is one column of {@code timeseries.csv} and
 * one key of {@code summary.json} (end-of-run value), with its group, unit, meaning and the formula that
 * computes it from the month's {@link MonthFacts}. The CSV header, the charts, the report, the GUI and
 * {@code docs/METRICS.md} all read names from here; no metric name is spelled anywhere else.
 *
 * <p>Adding a metric is adding one constant here. A formula declares its inputs by what it reads: it sees
 * only {@link MonthFacts}, whose methods are named figures of the month (sums over labs, the frontier, the
 * month's market) and the scenario numbers definitions use, never the model. A figure the formula needs
 * that {@link MonthFacts} lacks is gathered there, from {@link MeasuredIndustry} (which must then list what
 * it reads), once a month; a helper the formula calls ({@link FrontierField}, {@link RegulationFacts},
 * {@link ModelCounts}) takes those figures as arguments, so the call shows them. A number in a definition
 * (a line, a band, a window) is scenario data: a component of {@code scenario.MetricsParams}, read through
 * {@link MonthFacts#parameters()}; the description states its default, which is also what the report
 * prints. Metrics that count people count every agent with the same weight, {@code represents / agents}
 * people, so shares and inequality indices need no weights.
 */
public enum Metric {
    HHI_REVENUE("hhi_revenue", MetricGroup.CONCENTRATION, "0-10000",
            "Herfindahl-Hirschman index of lab revenue shares (sum of squared percentage shares).",
            f -> Concentration.hhi(f.revenueByLab())),
    HHI_USERS("hhi_users", MetricGroup.CONCENTRATION, "0-10000",
            "Herfindahl-Hirschman index of lab subscriber shares (paid and free tiers, outside option excluded).",
            f -> Concentration.hhi(f.subscribersByLab())),
    CR1("cr1", MetricGroup.CONCENTRATION, "share of revenue", "Revenue share of the largest lab.",
            f -> Concentration.concentrationRatio(f.revenueByLab(), 1)),
    CR4("cr4", MetricGroup.CONCENTRATION, "share of revenue", "Revenue share of the four largest labs.",
            f -> Concentration.concentrationRatio(f.revenueByLab(), 4)),
    CR1_USERS("cr1_users", MetricGroup.CONCENTRATION, "share of subscribers",
            "Subscriber share of the lab with the most subscribers (paid and free tiers, outside option excluded).",
            f -> Concentration.concentrationRatio(f.subscribersByLab(), 1)),
    HHI_PAYING_USERS("hhi_paying_users", MetricGroup.CONCENTRATION, "0-10000",
            "Herfindahl-Hirschman index of lab shares of paying subscribers (paid tiers only).",
            f -> Concentration.hhi(f.payingByLab())),
    CR1_PAYING_USERS("cr1_paying_users", MetricGroup.CONCENTRATION, "share of paying subscribers",
            "Paying-subscriber share of the lab with the most paying subscribers (paid tiers only).",
            f -> Concentration.concentrationRatio(f.payingByLab(), 1)),
    LEADER_USER_SHARE_CHANGE("leader_user_share_change", MetricGroup.CONCENTRATION, "share of subscribers",
            "Change of cr1_users since last month, in absolute value (NA in the first month); its max over a run "
                    + "is the largest one-month move of the leader's user share.",
            f -> Math.abs(Concentration.concentrationRatio(f.subscribersByLab(), 1) - f.previous(Metric.CR1_USERS))),
    SUBSCRIBERS("subscribers", MetricGroup.CONCENTRATION, "people",
            "People on a lab's tier, paid or free (the outside option excluded).",
            f -> f.payingPeople() + f.freeTierPeople()),
    PAYING_SUBSCRIBERS("paying_subscribers", MetricGroup.CONCENTRATION, "people",
            "People on a lab's paid tier.",
            MonthFacts::payingPeople),
    FREE_TIER_USERS("free_tier_users", MetricGroup.CONCENTRATION, "people",
            "People on a lab's free tier.",
            MonthFacts::freeTierPeople),
    USER_CHURN("user_churn", MetricGroup.CONCENTRATION, "share/month",
            "Of the people who held a lab's tier (paid or free) at the start of the month, the share holding no "
                    + "tier of that lab at its end (gone to a rival or the outside option; NA: nobody held one).",
            f -> f.tally().labHolders() > 0 ? f.tally().labLeavers() / f.tally().labHolders() : Double.NaN),
    AI_USER_SHARE("ai_user_share", MetricGroup.CONCENTRATION, "share of potential users",
            "Share of potential users (population.represents) who use AI: on a lab's tier or the outside option, "
                    + "not among those the Bass adoption path has not reached yet.",
            f -> f.agents() + f.tally().notYetUsingAi() > 0 ? f.agents() / (f.agents() + f.tally().notYetUsingAi()) : 0),
    NOT_YET_USING_AI("not_yet_using_ai", MetricGroup.CONCENTRATION, "people",
            "People who do not use AI yet (neither a lab's users nor on the outside option).",
            f -> f.tally().notYetUsingAi() * f.peoplePerAgent()),
    ACTIVE_LABS("active_labs", MetricGroup.CONCENTRATION, "labs", "Labs that have not exited.",
            MonthFacts::activeLabs),
    ENTRIES("entries", MetricGroup.CONCENTRATION, "labs/month",
            "Labs that entered this month (the opening roster does not count).",
            MonthFacts::entries),
    EXITS("exits", MetricGroup.CONCENTRATION, "labs/month",
            "Labs that exited this month (cash negative for exitAfterNegativeMonths months in a row).",
            MonthFacts::exits),

    GINI_ACCESS("gini_access", MetricGroup.ACCESS, "0-1",
            "Gini coefficient of the success probability each person receives on their own task mix (outside "
                    + "option included), from a 4096-bin histogram of all people.",
            f -> Inequality.giniOfUnitHistogram(f.tally().successHistogram())),
    DECILE_GAP_E("decile_gap_E", MetricGroup.ACCESS, "E (OOM)",
            "Mean E received by the richest income decile minus that of the poorest (each person's E mixed "
                    + "by their reasoning share).",
            f -> f.tally().decileGapE()),
    NO_PAID_ACCESS_SHARE("no_paid_access_share", MetricGroup.ACCESS, "share of people",
            "Share of people using AI who are on the outside option or a free tier (people not using AI yet are "
                    + "left out; 1 - this is the paying share of AI users).",
            f -> f.agents() > 0 ? 1 - f.tally().paidCount() / f.agents() : 1),
    SUBSCRIBER_E_SD("subscriber_E_sd", MetricGroup.ACCESS, "E (OOM)",
            "Standard deviation of E received among paying subscribers (0 = everyone drinks the same Coke).",
            f -> f.tally().paidSdE()),
    MEAN_SUCCESS("mean_success", MetricGroup.ACCESS, "probability",
            "Mean success probability over all people, outside option included.",
            f -> f.agents() > 0 ? f.tally().successSum() / f.agents() : 0),
    OPEN_WEIGHT_USER_SHARE("open_weight_user_share", MetricGroup.ACCESS, "share of people",
            "Share of people using AI (tier or outside option) served by an open-weight model: self-hosting one by "
                    + "choice, or on a tier of a lab whose deployed model's weights are open (without the split "
                    + "outside option, everyone on the outside option while it is a self-hosted open-weight model).",
            MonthFacts::openWeightUserShare),
    SELF_HOSTING_SHARE("self_hosting_share", MetricGroup.ACCESS, "share of people",
            "Share of people using AI (tier or outside option) who self-host an open-weight model, paying its "
                    + "inference at the hardware price (0 without the split outside option).",
            f -> f.agents() > 0 ? f.tally().selfHosters() / f.agents() : 0),
    NO_AI_SHARE("no_ai_share", MetricGroup.ACCESS, "share of people",
            "Share of people in the market (tier or outside option) who chose no AI at all: neither a lab's tier "
                    + "nor self-hosting (without the split outside option, everyone on the outside option). People "
                    + "the adoption path has not reached are in not_yet_using_ai instead.",
            f -> f.agents() > 0 ? f.tally().noAiUsers() / f.agents() : 0),
    SELF_HOSTED_SPEND("self_hosted_spend", MetricGroup.ACCESS, "USD/month",
            "What self-hosters pay for their own inference this month: their queries' FLOP at k = 1 at the "
                    + "month's serving FLOP price (flop_per_usd x serving_efficiency); not any lab's revenue.",
            f -> f.tally().selfHostSpendUsd() * f.peoplePerAgent()),

    TIERS_OFFERED("tiers_offered", MetricGroup.PRICES, "tiers", "Tiers on offer across all active labs.",
            MonthFacts::tiersOffered),
    TIER_PRICE_RATIO("tier_price_ratio", MetricGroup.PRICES, "ratio",
            "Highest paid tier price over lowest paid tier price across all labs (1 with a single paid price; "
                    + "NA with none).",
            f -> f.maxPaidPriceUsd() > 0 ? f.maxPaidPriceUsd() / f.minPaidPriceUsd() : Double.NaN),
    K_MIN("k_min", MetricGroup.PRICES, "x (inference multiplier)",
            "Lowest inference multiplier k of any tier on offer (an adaptive tier's cap; NA with none).",
            f -> f.tiersOffered() > 0 ? f.minMultiplier() : Double.NaN),
    K_MAX("k_max", MetricGroup.PRICES, "x (inference multiplier)",
            "Highest inference multiplier k of any tier on offer (an adaptive tier's cap; NA with none).",
            f -> f.tiersOffered() > 0 ? f.maxMultiplier() : Double.NaN),
    K_QUERY_MEAN("k_query_mean", MetricGroup.PRICES, "x (inference multiplier)",
            "Mean inference multiplier k used per answered tier query (each query's own k on an adaptive tier, the "
                    + "tier's k on a fixed one; before throttling; NA with no answered query).",
            f -> f.answeredTierQueries() > 0 ? f.multiplierWeightedTierQueries() / f.answeredTierQueries()
                    : Double.NaN),
    K_QUERY_P10("k_query_p10", MetricGroup.PRICES, "x (inference multiplier)",
            "10th percentile of the k used by answered tier queries (from a histogram of log10 k in 0.01-OOM bins; "
                    + "NA with no answered query).",
            f -> f.tally().queryMultiplierQuantile(0.1)),
    K_QUERY_P90("k_query_p90", MetricGroup.PRICES, "x (inference multiplier)",
            "90th percentile of the k used by answered tier queries (same histogram; NA with no answered query).",
            f -> f.tally().queryMultiplierQuantile(0.9)),
    HIGH_K_SUBSCRIBER_SHARE("high_k_subscriber_share", MetricGroup.PRICES, "share of paying subscribers",
            "Share of paying subscribers on tiers that serve more inference than k = 1 (a fixed tier with k > 1; an "
                    + "adaptive tier whose queries used a mean k above 1 this month).",
            MonthFacts::highMultiplierSubscriberShare),
    MEAN_PRICE_PAID("mean_price_paid", MetricGroup.PRICES, "USD/person/month",
            "Revenue over paying subscribers: the mean monthly price a paying person pays.",
            f -> f.paidPeople() > 0 ? f.totalRevenueUsd() / f.paidPeople() : Double.NaN),
    REVENUE_TOTAL("revenue_total", MetricGroup.PRICES, "USD/month", "Revenue of all labs this month.",
            MonthFacts::totalRevenueUsd),
    MARGINAL_COST_SHARE("marginal_cost_share", MetricGroup.PRICES, "share of revenue",
            "Cost, at this month's serving FLOP price (flop_per_usd x serving_efficiency), of the compute the "
                    + "subscribers' queries need (sizeFraction x 2 N tokensPerQuery k per answered query, every lab's "
                    + "tiers) over lab revenue: the marginal cost of serving as a "
                    + "share of what serving earns (NA with no revenue).",
            f -> f.totalRevenueUsd() > 0 ? f.servingDemandFlop() / f.servingFlopPerDollar() / f.totalRevenueUsd()
                    : Double.NaN),
    DISTILLED_SUBSCRIBER_SHARE("distilled_subscriber_share", MetricGroup.PRICES, "share of subscribers",
            "Share of subscribers (paid and free tiers) whose tier serves a lab's distilled model rather than its "
                    + "flagship.",
            MonthFacts::distilledSubscriberShare),
    CONSTANT_CAPABILITY_PRICE("constant_capability_price", MetricGroup.PRICES, "USD/query",
            "The price of constant capability: the serving cost, at this month's serving FLOP price (flop_per_usd "
                    + "x serving_efficiency), of one query (tokensPerQuery at the tier's k) of the cheapest configuration "
                    + "on offer (a tier of an active lab: its flagship or distilled model at its k, unthrottled; "
                    + "sizeFraction x 2 N tokensPerQuery k FLOP) whose reasoning E reaches the first month's max_deployed_E (NaN: none "
                    + "reaches it). USD per million tokens is this times 10^6 / tokensPerQuery.",
            MonthFacts::constantCapabilityPriceUsd),
    CONSTANT_CAPABILITY_PRICE_DECLINE("constant_capability_price_decline", MetricGroup.PRICES, "x/year",
            "Fall per year of constant_capability_price since the first month, (first / now)^(12 / months) "
                    + "(NA in the first month or while either is NA).",
            f -> ConstantCapabilityPrice.declinePerYear(f.firstMonthConstantCapabilityPriceUsd(),
                    f.constantCapabilityPriceUsd(), f.monthsSinceFirst())),

    SPEND_SHARE_PRETRAINING("spend_share_pretraining", MetricGroup.COMPUTE, "share of compute spend",
            "Share of all labs' compute spend that went to pre-training (final runs and experiments).",
            f -> share(f.preTrainingUsd(), f.computeSpendUsd())),
    SPEND_SHARE_POSTTRAINING("spend_share_posttraining", MetricGroup.COMPUTE, "share of compute spend",
            "Share of compute spend that went to reasoning post-training.",
            f -> share(f.postTrainingUsd(), f.computeSpendUsd())),
    SPEND_SHARE_INFERENCE("spend_share_inference", MetricGroup.COMPUTE, "share of compute spend",
            "Share of compute spend that went to serving capacity.",
            f -> share(f.inferenceUsd(), f.computeSpendUsd())),
    SPEND_SHARE_IDA("spend_share_ida", MetricGroup.COMPUTE, "share of compute spend",
            "Share of compute spend that went to inference-during-training.",
            f -> share(f.idaUsd(), f.computeSpendUsd())),
    SPEND_SHARE_SYNTHETIC("spend_share_synthetic", MetricGroup.COMPUTE, "share of compute spend",
            "Share of compute spend that went to generating and verifying synthetic training data.",
            f -> share(f.syntheticUsd(), f.computeSpendUsd())),
    SYNTHETIC_COMPUTE_FLOP("synthetic_compute_flop", MetricGroup.TRAINING_ROUTES, "FLOP/month",
            "Compute spent generating synthetic training data this month (all labs' synthetic spend x flop_per_usd).",
            f -> f.syntheticUsd() * f.flopPerDollar()),
    SYNTHETIC_VERIFIED_TOKENS("synthetic_verified_tokens", MetricGroup.TRAINING_ROUTES, "tokens",
            "Synthetic tokens that passed verification, generated so far by all labs (MODEL.md §7.10).",
            MonthFacts::syntheticVerifiedTokens),
    EFFECTIVE_DATA_WALL_FLOP("effective_data_wall_flop", MetricGroup.TRAINING_ROUTES, "FLOP",
            "Highest data wall an active lab faces: capability.dataWallFlop, raised by the lab's verified "
                    + "synthetic data (W (1 + V / D_W)^(2 diminishingExponent), MODEL.md §7.10).",
            MonthFacts::dataWallMaxFlop),
    IDA_COMPUTE_FLOP("ida_compute_flop", MetricGroup.TRAINING_ROUTES, "FLOP/month",
            "Compute bought for inference-during-training this month (all labs' IDA spend x flop_per_usd); it "
                    + "pays for amplify-and-distil iterations as they start (MODEL.md §7.10).",
            f -> f.idaUsd() * f.flopPerDollar()),
    IDA_ITERATIONS("ida_iterations", MetricGroup.TRAINING_ROUTES, "iterations",
            "Amplify-and-distil iterations finished so far by all labs, failed ones included.",
            MonthFacts::idaIterations),
    IDA_FAILED_SHARE("ida_failed_share", MetricGroup.TRAINING_ROUTES, "share of iterations",
            "Of the iterations finished so far, the share that gained nothing (NA: none finished).",
            f -> f.idaIterations() > 0 ? (double) f.idaFailures() / f.idaIterations() : Double.NaN),
    IDA_LABS_ITERATING("ida_labs_iterating", MetricGroup.TRAINING_ROUTES, "labs",
            "Active labs with an amplify-and-distil iteration running this month.",
            MonthFacts::idaLabsIterating),
    SINGLE_SITE_COMPUTE_SHARE("single_site_compute_share", MetricGroup.COMPUTE, "share of compute",
            "Share of this month's compute that must sit in one site: the final pre- and post-training runs "
                    + "(finalRunShare of training spend). Experiments, serving and inference-during-training "
                    + "can be spread over many sites.",
            f -> share(f.singleSiteUsd(), f.computeSpendUsd())),
    TRAINING_SHARE_LIFETIME_FRONTIER("training_share_lifetime_frontier", MetricGroup.COMPUTE,
            "share of lifetime FLOP",
            "Of the frontier model's compute so far (pre-training + post-training + deployment), the share spent "
                    + "training it: a proxy for the value of its weights. The frontier model is the deployed "
                    + "model with the highest max_deployed_E.",
            f -> f.frontier() == null ? Double.NaN : f.frontier().trainingShareOfLifetime()),
    TIER_QUERIES("tier_queries", MetricGroup.COMPUTE, "queries/month",
            "Queries the labs' tiers answered this month (a rate-limited free tier's unanswered share excluded; "
                    + "self-hosted queries of the outside option excluded).",
            MonthFacts::answeredTierQueries),
    INFERENCE_FLOP_PER_QUERY("inference_flop_per_query", MetricGroup.COMPUTE, "FLOP/query",
            "Deployment compute the labs' answered queries asked for (2 N tokensPerQuery k each, k before "
                    + "throttling) over those queries (NA with none).",
            f -> f.answeredTierQueries() > 0 ? f.servingDemandFlop() / f.answeredTierQueries() : Double.NaN),
    DEPLOYMENT_GROWTH_SHARE_QUERIES("deployment_growth_share_queries", MetricGroup.COMPUTE, "share of log-growth",
            "Share of the log-growth of deployment compute since the first month (D = tier_queries x "
                    + "inference_flop_per_query) due to more queries: ln(Q/Q0) / ln(D/D0). With the model-size and "
                    + "inference shares it adds to one (NA in the first month or if D has not changed).",
            f -> DeploymentGrowth.share(DeploymentGrowth.Term.QUERIES, f.firstMonth(TIER_QUERIES),
                    f.firstMonth(INFERENCE_FLOP_PER_QUERY), f.firstMonth(K_QUERY_MEAN), TIER_QUERIES.compute(f),
                    INFERENCE_FLOP_PER_QUERY.compute(f), K_QUERY_MEAN.compute(f))),
    DEPLOYMENT_GROWTH_SHARE_MODEL_SIZE("deployment_growth_share_model_size", MetricGroup.COMPUTE,
            "share of log-growth",
            "Share of that log-growth due to larger models: ln(N/N0) / ln(D/D0), N the query-weighted parameters "
                    + "(read as ln(F/F0) - ln(k/k0), F the FLOP per query, k k_query_mean).",
            f -> DeploymentGrowth.share(DeploymentGrowth.Term.MODEL_SIZE, f.firstMonth(TIER_QUERIES),
                    f.firstMonth(INFERENCE_FLOP_PER_QUERY), f.firstMonth(K_QUERY_MEAN), TIER_QUERIES.compute(f),
                    INFERENCE_FLOP_PER_QUERY.compute(f), K_QUERY_MEAN.compute(f))),
    DEPLOYMENT_GROWTH_SHARE_INFERENCE("deployment_growth_share_inference", MetricGroup.COMPUTE,
            "share of log-growth",
            "Share of that log-growth due to more inference per query: ln(k/k0) / ln(D/D0), k = k_query_mean (the "
                    + "texts' premise is that this share dominates).",
            f -> DeploymentGrowth.share(DeploymentGrowth.Term.INFERENCE, f.firstMonth(TIER_QUERIES),
                    f.firstMonth(INFERENCE_FLOP_PER_QUERY), f.firstMonth(K_QUERY_MEAN), TIER_QUERIES.compute(f),
                    INFERENCE_FLOP_PER_QUERY.compute(f), K_QUERY_MEAN.compute(f))),
    MEAN_THROTTLE("mean_throttle", MetricGroup.COMPUTE, "0-1",
            "Subscriber-weighted mean of capacity / demand, capped at 1 (1 = no lab short of serving capacity).",
            f -> f.totalSubscribers() > 0 ? f.throttleWeighted() / f.totalSubscribers() : 1),
    CAPACITY_UTILISATION("capacity_utilisation", MetricGroup.COMPUTE, "served / rented",
            "Serving compute used over serving capacity held, all labs: sum of min(demand, capacity) over sum of "
                    + "capacity, reserved and on demand (NA: no capacity).",
            f -> f.capacityFlop() > 0 ? f.servedFlop() / f.capacityFlop() : Double.NaN),
    SERVED_COMPUTE_SPEND("served_compute_spend_usd", MetricGroup.COMPUTE, "USD/month",
            "Capacity spend on compute that served queries: each lab's capacity spend times its served / "
                    + "capacity, summed over labs.",
            MonthFacts::servedSpendUsd),
    IDLE_COMPUTE_SPEND("idle_compute_spend_usd", MetricGroup.COMPUTE, "USD/month",
            "Capacity spend on compute that stood idle (reserved capacity paid for and unused included): "
                    + "capacity spend minus served_compute_spend_usd.",
            MonthFacts::idleSpendUsd),
    SERVING_COST_SHARE_OF_REVENUE("serving_cost_share_of_revenue", MetricGroup.COMPUTE, "share of revenue",
            "All labs' capacity spend, idle capacity included, over their revenue (NA with no revenue, or with "
                    + "revenue too small for the ratio to be a number); "
                    + "marginal_cost_share counts only the compute queries need.",
            f -> ratioOrNa(f.inferenceUsd(), f.totalRevenueUsd())),
    FLOP_PER_USD("flop_per_usd", MetricGroup.COMPUTE, "FLOP/USD",
            "Effective FLOP a dollar buys this month (the hardware trend).",
            MonthFacts::flopPerDollar),
    ALGORITHMIC_MULTIPLIER("algorithmic_multiplier", MetricGroup.COMPUTE, "x",
            "How many times more effective pre-training compute a physical FLOP buys than in the first month "
                    + "(the algorithmic trend).",
            MonthFacts::algorithmicMultiplier),
    SERVING_EFFICIENCY("serving_efficiency", MetricGroup.COMPUTE, "x",
            "How many times more model FLOP (2 N per token) a dollar of serving capacity serves than in the first "
                    + "month beyond the hardware trend (the serving-efficiency trend: precision, batching, speculative "
                    + "decoding, kernels).",
            MonthFacts::servingEfficiency),
    FRONTIER_TRAINING_FLOP("frontier_training_flop", MetricGroup.COMPUTE, "FLOP",
            "Largest physical training compute (pre- plus post-training) of any model released so far; an "
                    + "entrant's copy of open weights is not a training run.",
            f -> ModelCounts.largestReleasedTrainingFlop(f.ownRuns())),
    DEPLOYMENT_EXCEEDS_PRETRAINING_SHARE("deployment_exceeds_pretraining_share", MetricGroup.COMPUTE,
            "share of models",
            "Of the models released at least 12 months ago, the share whose deployment compute so far exceeds "
                    + "their pre-training compute (the appendix cross-over; NA: none that old).",
            f -> ModelCounts.deploymentExceedsPretrainingShare(f.models(), f.month(),
                    f.parameters().deploymentCrossoverAgeMonths())),

    MAX_DEPLOYED_E("max_deployed_E", MetricGroup.FRONTIER, "E (OOM)",
            "Highest E on reasoning tasks of any deployed model at its lab's top tier.",
            MonthFacts::maxDeployedE),
    MAX_DEPLOYED_BASE_E("max_deployed_base_E", MetricGroup.FRONTIER, "E (OOM)",
            "Highest E of any deployed model at k = 1 (pre-training capability alone).",
            MonthFacts::maxDeployedBaseE),
    MAX_INTERNAL_E("max_internal_E", MetricGroup.FRONTIER, "E (OOM)",
            "Highest E on reasoning tasks of any model an active lab holds, deployed or not, at that lab's top "
                    + "tier; above max_deployed_E by the transparency gap.",
            MonthFacts::maxInternalE),
    OUTSIDE_OPTION_E("outside_option_E", MetricGroup.FRONTIER, "E (OOM)",
            "E of the outside option: best open-weight model self-hosted, or no AI.",
            f -> f.snapshot().outsideEReasoning()),
    OPEN_WEIGHT_GAP_E("open_weight_gap_E", MetricGroup.FRONTIER, "E (OOM)",
            "max_deployed_E minus the best open-weight lab's deployed E on reasoning tasks at its top tier "
                    + "(NA: no open-weight lab).",
            f -> FrontierField.openWeightGapE(f.deployments(), f.maxDeployedE())),
    LABS_NEAR_FRONTIER("labs_near_frontier", MetricGroup.FRONTIER, "labs",
            "Active labs whose deployed model, at their top tier, is within 0.5 E (about half a year of frontier "
                    + "progress) of max_deployed_E.",
            f -> FrontierField.labsWithin(f.deployments(), f.maxDeployedE(), f.parameters().nearFrontierGapE())),
    MODELS_ABOVE_1E25_FLOP("models_above_1e25_flop", MetricGroup.FRONTIER, "models",
            "Models released so far (opening roster included) trained with at least 1e25 FLOP (pre- plus "
                    + "post-training), the EU AI Act's threshold; an entrant's copy of open weights is not counted.",
            f -> ModelCounts.releasedAtLeast(f.ownRuns(), f.parameters().largeTrainingRunFlop())),
    SELF_HOSTED_GAP_E("self_hosted_gap_E", MetricGroup.FRONTIER, "E (OOM)",
            "max_deployed_E minus outside_option_E while the outside option is a self-hosted open-weight model: the "
                    + "capability a user forgoes by running open weights (at k = 1, paying only for inference) "
                    + "instead of buying the frontier's top tier (NA: no open-weight model released).",
            f -> f.snapshot().outsideModelLab() >= 0 ? f.maxDeployedE() - f.snapshot().outsideEReasoning()
                    : Double.NaN),
    TRANSPARENCY_GAP_E("transparency_gap_E", MetricGroup.FRONTIER, "E (OOM)",
            "max_internal_E minus max_deployed_E: how far the best model any lab holds is ahead of the best model "
                    + "anyone outside the labs can use.",
            f -> f.maxInternalE() - f.maxDeployedE()),
    INTERNAL_LEAD_MONTHS("internal_lead_months", MetricGroup.TRAINING_ROUTES, "months",
            "Months in a row, to this one, in which some lab's internal model has led the best deployed one "
                    + "(transparency_gap_E above 1e-9 E); 0 in a month it does not.",
            MonthFacts::internalLeadMonths),
    IDA_GAIN_INTERNAL_E("ida_gain_internal_E", MetricGroup.TRAINING_ROUTES, "E (OOM)",
            "Largest capability an active lab's iterated amplification and distillation has added to its internal "
                    + "model, released or not (0 without IDA).",
            MonthFacts::idaGainInternalMaxE),
    IDA_GAIN_DEPLOYED_E("ida_gain_deployed_E", MetricGroup.TRAINING_ROUTES, "E (OOM)",
            "Largest IDA gain an active lab has released to users (it releases at deployGapE ahead).",
            MonthFacts::idaGainDeployedMaxE),
    FRONTIER_COPIES_AT_RELEASE("frontier_copies_at_release", MetricGroup.FRONTIER, "copies",
            "Simultaneous copies of the frontier model its lab could serve in its release month: serving "
                    + "capacity / (2 N tokensPerSecondPerCopy k) at the lab's top tier k, i.e. copies working "
                    + "at the task speed of a k = 1 copy.",
            MonthFacts::frontierCopiesAtRelease),
    HUMAN_LEVEL_COST_PER_TASK("human_level_cost_per_task", MetricGroup.FRONTIER, "USD/task",
            "Cost of one task (tokensPerTask at k) of the cheapest configuration (deployed model, k) whose "
                    + "reasoning E reaches humanLevelE, at this month's serving FLOP price (flop_per_usd x "
                    + "serving_efficiency) (NA: none reaches it).",
            f -> f.humanLevel().costUsdPerTask()),
    HUMAN_LEVEL_COST_TO_WAGE("human_level_cost_to_wage", MetricGroup.FRONTIER, "ratio",
            "human_level_cost_per_task over humanWageUsdPerTask (above 1: the first human-level AI costs more "
                    + "than a human; NA when no configuration is human-level or the wage is 0).",
            f -> f.humanWageUsdPerTask() > 0 ? f.humanLevel().costUsdPerTask() / f.humanWageUsdPerTask()
                    : Double.NaN),
    HUMAN_LEVEL_K("human_level_k", MetricGroup.FRONTIER, "x (inference multiplier)",
            "Inference multiplier k of that cheapest human-level configuration (NA: none reaches it).",
            f -> f.humanLevel().multiplier()),

    MODELS_COVERED("models_covered", MetricGroup.REGULATION, "models",
            "Deployed models (of active labs) that at least one regulator covers this month.",
            f -> RegulationFacts.modelsCovered(f.deployments())),
    COVERED_HIGH_CAPABILITY_USAGE_SHARE("covered_high_capability_usage_share", MetricGroup.REGULATION,
            "share of queries",
            "Of the queries served at E >= capability.dangerE (reasoning tasks, at the tier's effective k), the share "
                    + "served by models the regulator of the user's region covers (NA: no such usage).",
            f -> RegulationFacts.coveredHighCapabilityUsageShare(f.snapshot(), f.tally(), f.dangerE(), f.coverage())),
    RUNS_BELOW_THRESHOLD("runs_below_threshold", MetricGroup.REGULATION, "runs",
            "Training runs so far whose training compute lies within 0.3 OOM below a training threshold of some "
                    + "regulator (bunching; compare with a world whose thresholds cost nothing).",
            f -> RegulationFacts.runsBelowThreshold(f.models(), f.policies(), f.parameters().bunchingBandOom())),
    BUNCHING_SHARE("bunching_share", MetricGroup.REGULATION, "share of runs",
            "Of the training runs so far within 0.3 OOM of a training threshold (either side), the share below it: "
                    + "about 0.5 without bunching (runs spread evenly in log compute), near 1 when labs stop just short "
                    + "(NA: no run near a threshold).",
            f -> RegulationFacts.bunchingShare(f.models(), f.policies(), f.parameters().bunchingBandOom())),
    REGULATOR_VISIBLE_GAP_E("regulator_visible_gap_E", MetricGroup.REGULATION, "E (OOM)",
            "Lead of the best internal model over the best deployed one as regulators can see it: the true gap "
                    + "(max_internal_E - max_deployed_E) if some regulator requires disclosure, else 0.",
            f -> RegulationFacts.visibleInternalGapE(f.disclosureRequired(), f.maxInternalE(), f.maxDeployedE())),
    DETERMINED_ACTOR_E("determined_actor_E", MetricGroup.REGULATION, "E (OOM)",
            "Best reasoning E a determined actor with metrics.actorBudgetUsd for metrics.actorTasks tasks (default $1M, "
                    + "10 tasks) reaches using only models no regulator covers: open weights it runs itself at the month's "
                    + "FLOP price, k = budget per task x FLOP/$ / (2 N tokensPerTask) capped at the plateau 10^P, E = "
                    + "E_base + gain(k); or an uncovered closed lab's top tier (NA: no uncovered model reachable).",
            f -> DeterminedActor.bestE(f.deployments(), f.capability(), f.tokensPerTask(), f.actorBudgetUsdPerTask(),
                    f.flopPerDollar())),
    DETERMINED_ACTOR_MARGIN_E("determined_actor_margin_E", MetricGroup.REGULATION, "E (OOM)",
            "determined_actor_E - capability.dangerE: above 0, the determined actor reaches the danger line outside "
                    + "every regulator's coverage (NA with determined_actor_E).",
            f -> DeterminedActor.bestE(f.deployments(), f.capability(), f.tokensPerTask(), f.actorBudgetUsdPerTask(),
                    f.flopPerDollar()) - f.dangerE()),
    FALSE_NEGATIVE_USAGE_SHARE("false_negative_usage_share", MetricGroup.REGULATION, "share of queries",
            "Of all queries, the share served at E >= capability.dangerE (reasoning tasks, the tier's effective k) by "
                    + "models the regulators of the user's region do not cover (NA: no queries).",
            f -> RegulationFacts.falseNegativeUsageShare(f.snapshot(), f.tally(), f.dangerE(), f.coverage())),
    FALSE_POSITIVE_MODELS("false_positive_models", MetricGroup.REGULATION, "models",
            "Deployed models some regulator covers whose E at their lab's top tier is below capability.dangerE.",
            f -> RegulationFacts.falsePositiveModels(f.deployments(), f.dangerE(), DeployedModel::covered)),
    REGULATOR_CASELOAD("regulator_caseload", MetricGroup.REGULATION, "cases",
            "Models covered this month summed over regulators (a model two regulators cover counts twice), plus the "
                    + "evaluations in progress.",
            f -> f.modelsCoveredByRegulators() + f.evaluationsRunning()),
    EVALUATIONS_STARTED("evaluations_started", MetricGroup.REGULATION, "evaluations",
            "Capability evaluations regulators started this month (CAPABILITY_DESIGNATION).",
            MonthFacts::evaluationsStarted),
    COMPLIANCE_COST_USD("compliance_cost_usd", MetricGroup.REGULATION, "USD/month",
            "Compliance costs labs paid regulators this month (the burden on labs; evaluations' cost to regulators "
                    + "is not included).",
            MonthFacts::complianceUsd),
    COVERAGE_LATENCY_MONTHS("coverage_latency_months", MetricGroup.REGULATION, "months",
            "Mean months from release to first coverage of the released models a regulator first covered this month "
                    + "(NA: none).",
            f -> f.latencyCount() > 0 ? f.latencyMonthsSum() / f.latencyCount() : Double.NaN),
    REGULATOR_FRONTIER_GAP_E("regulator_frontier_gap_E", MetricGroup.REGULATION, "E (OOM)",
            "The true frontier (highest E at k = 1 of any active lab's model, held and shelved ones included, with "
                    + "its lab's internal IDA gains) less the best E at k = 1 a regulator sees at its review (deployed "
                    + "models, internal gains only with disclosure); NA without regulators.",
            f -> RegulationFacts.frontierGapE(f.regulatorCount(), f.maxInternalBaseE(), f.regulatorSeenE())),
    RUNS_SPLIT_ACROSS_SITES("runs_split_across_sites", MetricGroup.REGULATION, "runs",
            "Training runs so far that labs split across sites to stay below a monitored site size.",
            f -> RegulationFacts.runsSplitAcrossSites(f.models())),

    API_REVENUE("api_revenue", MetricGroup.API, "USD/month",
            "What API buyers paid the labs this month (0 with the API market off); part of revenue_total.",
            f -> f.api().revenueUsd()),
    API_SHARE_OF_REVENUE("api_share_of_revenue", MetricGroup.API, "share of revenue",
            "API revenue over all labs' revenue (subscriptions and API; 0 with no revenue).",
            f -> share(f.api().revenueUsd(), f.totalRevenueUsd())),
    API_HHI("api_hhi", MetricGroup.API, "0-10000",
            "Herfindahl-Hirschman index of labs' shares of API spend (NA with no API spend).",
            f -> f.api().revenueUsd() > 0 ? Concentration.hhi(f.api().revenueByLab()) : Double.NaN),
    API_LEADER_SHARE("api_leader_share", MetricGroup.API, "share of API spend",
            "API spend share of the lab with the most API revenue (NA with no API spend).",
            f -> f.api().revenueUsd() > 0 ? Concentration.concentrationRatio(f.api().revenueByLab(), 1) : Double.NaN),
    API_PRICE_MEAN("api_price_per_mtok_mean", MetricGroup.API, "USD per million tokens",
            "Mean API price per million output tokens, weighted by tokens bought: API revenue over API tokens (NA: none sold).",
            f -> f.api().meanPricePerMillionTokens()),
    API_PRICE_LEADER("api_price_per_mtok_leader", MetricGroup.API, "USD per million tokens",
            "API price per million output tokens of the lab with the most API revenue (NA with no API spend).",
            f -> f.api().leaderPricePerMillionTokens()),
    API_MARKUP_MEAN("api_markup_mean", MetricGroup.API, "x serving cost",
            "Labs' API markups over serving cost (price per token = (1 + markup) x serving cost), weighted by API revenue "
                    + "(NA with no API spend).",
            f -> f.api().revenueWeightedMarkup()),
    API_INFERENCE_SHARE("api_inference_share", MetricGroup.API, "share of serving demand",
            "Share of the FLOP asked of the labs' serving capacity this month that API queries asked for (0 with the API "
                    + "market off).",
            f -> share(f.api().demandFlop(), f.servingDemandFlop())),
    API_PURCHASE_SHARE("api_purchase_share", MetricGroup.API, "share of API queries",
            "Share of the API buyers' queries bought from a lab rather than done without one (NA with the API market off).",
            f -> f.api().purchaseShare()),
    API_TOKENS("api_tokens", MetricGroup.API, "tokens/month",
            "Output tokens the labs' APIs served this month, each query's own k included.",
            f -> f.api().tokens());

    private final String column;
    private final MetricGroup group;
    private final String unit;
    private final String description;
    private final transient ToDoubleFunction<MonthFacts> formula;

    Metric(String column, MetricGroup group, String unit, String description, ToDoubleFunction<MonthFacts> formula) {
        this.column = column;
        this.group = group;
        this.unit = unit;
        this.description = description;
        this.formula = formula;
    }

    public String column() { return column; }
    public MetricGroup group() { return group; }
    public String unit() { return unit; }
    public String description() { return description; }

    /** The metric in words ("Revenue concentration (HHI)"), for chart titles and legends. */
    public String title() {
        return MetricTitles.of(this);
    }

    /** Axis or table label: column name with its unit. */
    public String label() {
        return column + " (" + unit + ")";
    }

    double compute(MonthFacts facts) {
        return formula.applyAsDouble(facts);
    }

    /** {@code part / whole}, NA when {@code whole} is not positive or so small (subnormal) that the ratio overflows. */
    private static double ratioOrNa(double part, double whole) {
        double ratio = whole > 0 ? part / whole : Double.NaN;
        return Double.isFinite(ratio) ? ratio : Double.NaN;
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }
}
