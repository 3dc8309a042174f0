package org.inferenceshift.metrics;

/**
 * Each metric's name in words, for chart titles and legends where the column name ({@code hhi_revenue}) would
 * make a reader look it up. The switch is exhaustive, so a metric added to the registry without a title does
 * not compile.
 */
final class MetricTitles {
    private MetricTitles() {
    }

    static String of(Metric metric) {
        return switch (metric) {
            case HHI_REVENUE -> "Revenue concentration (HHI)";
            case HHI_USERS -> "User concentration (HHI)";
            case CR1 -> "Largest lab's revenue share";
            case CR4 -> "Four largest labs' revenue share";
            case CR1_USERS -> "Largest lab's share of subscribers";
            case HHI_PAYING_USERS -> "Paying-user concentration (HHI)";
            case CR1_PAYING_USERS -> "Largest lab's share of paying subscribers";
            case LEADER_USER_SHARE_CHANGE -> "Monthly change of the leader's user share";
            case SUBSCRIBERS -> "Subscribers (paid and free)";
            case PAYING_SUBSCRIBERS -> "Paying subscribers";
            case FREE_TIER_USERS -> "Free-tier users";
            case USER_CHURN -> "Monthly churn of lab users";
            case AI_USER_SHARE -> "Share of potential users using AI";
            case NOT_YET_USING_AI -> "People not using AI yet";
            case ACTIVE_LABS -> "Active labs";
            case ENTRIES -> "Lab entries";
            case EXITS -> "Lab exits";
            case API_REVENUE -> "API revenue";
            case API_SHARE_OF_REVENUE -> "API share of lab revenue";
            case API_HHI -> "API concentration (HHI of spend)";
            case API_LEADER_SHARE -> "Largest lab's share of API spend";
            case API_PRICE_MEAN -> "Mean API price per million tokens";
            case API_PRICE_LEADER -> "API leader's price per million tokens";
            case API_MARKUP_MEAN -> "Mean API markup over serving cost";
            case API_INFERENCE_SHARE -> "API share of serving compute";
            case API_PURCHASE_SHARE -> "API queries bought from labs";
            case API_TOKENS -> "API tokens served";
            case GINI_ACCESS -> "Inequality of success (Gini)";
            case DECILE_GAP_E -> "Capability gap, richest vs poorest decile";
            case NO_PAID_ACCESS_SHARE -> "People without paid access";
            case SUBSCRIBER_E_SD -> "Spread of capability among subscribers";
            case MEAN_SUCCESS -> "Mean task success";
            case OPEN_WEIGHT_USER_SHARE -> "People served by open weights";
            case SELF_HOSTING_SHARE -> "People self-hosting open weights";
            case NO_AI_SHARE -> "People choosing no AI";
            case SELF_HOSTED_SPEND -> "Self-hosters' spend on their own inference";
            case TIERS_OFFERED -> "Tiers on offer";
            case TIER_PRICE_RATIO -> "Top over bottom paid price";
            case K_MIN -> "Lowest inference multiplier offered";
            case K_MAX -> "Highest inference multiplier offered";
            case K_QUERY_MEAN -> "Mean inference multiplier per query";
            case K_QUERY_P10 -> "Inference multiplier per query, 10th percentile";
            case K_QUERY_P90 -> "Inference multiplier per query, 90th percentile";
            case TIER_QUERIES -> "Queries answered by labs' tiers";
            case INFERENCE_FLOP_PER_QUERY -> "Deployment compute per query";
            case DEPLOYMENT_GROWTH_SHARE_QUERIES -> "Growth of deployment compute: share from queries";
            case DEPLOYMENT_GROWTH_SHARE_MODEL_SIZE -> "Growth of deployment compute: share from model size";
            case DEPLOYMENT_GROWTH_SHARE_INFERENCE -> "Growth of deployment compute: share from inference per query";
            case HIGH_K_SUBSCRIBER_SHARE -> "Subscribers on high-inference tiers";
            case MEAN_PRICE_PAID -> "Mean price a paying person pays";
            case REVENUE_TOTAL -> "Industry revenue";
            case MARGINAL_COST_SHARE -> "Serving cost over revenue";
            case SERVING_EFFICIENCY -> "Serving efficiency";
            case DISTILLED_SUBSCRIBER_SHARE -> "Subscribers on distilled models";
            case CONSTANT_CAPABILITY_PRICE -> "Price of constant (first-month) capability";
            case CONSTANT_CAPABILITY_PRICE_DECLINE -> "Fall per year of the price of constant capability";
            case SPEND_SHARE_PRETRAINING -> "Spend on pre-training";
            case SPEND_SHARE_POSTTRAINING -> "Spend on reasoning post-training";
            case SPEND_SHARE_INFERENCE -> "Spend on serving capacity";
            case SPEND_SHARE_IDA -> "Spend on inference during training";
            case SPEND_SHARE_SYNTHETIC -> "Spend on synthetic data";
            case SYNTHETIC_COMPUTE_FLOP -> "Compute spent on synthetic data";
            case SYNTHETIC_VERIFIED_TOKENS -> "Verified synthetic tokens";
            case EFFECTIVE_DATA_WALL_FLOP -> "Data wall, with synthetic data";
            case IDA_COMPUTE_FLOP -> "Compute bought for inference during training";
            case IDA_ITERATIONS -> "Amplify-and-distil iterations finished";
            case IDA_FAILED_SHARE -> "Iterations that gained nothing";
            case IDA_LABS_ITERATING -> "Labs with an iteration running";
            case SINGLE_SITE_COMPUTE_SHARE -> "Compute that must sit in one site";
            case TRAINING_SHARE_LIFETIME_FRONTIER -> "Training share of the frontier model's compute";
            case MEAN_THROTTLE -> "Serving capacity over demand";
            case CAPACITY_UTILISATION -> "Serving capacity used";
            case SERVED_COMPUTE_SPEND -> "Spend on capacity that served queries";
            case IDLE_COMPUTE_SPEND -> "Spend on idle capacity";
            case SERVING_COST_SHARE_OF_REVENUE -> "Capacity spend over revenue";
            case FLOP_PER_USD -> "FLOP per dollar";
            case ALGORITHMIC_MULTIPLIER -> "Algorithmic efficiency";
            case FRONTIER_TRAINING_FLOP -> "Largest training run";
            case DEPLOYMENT_EXCEEDS_PRETRAINING_SHARE -> "Models whose deployment exceeds pre-training";
            case MAX_DEPLOYED_E -> "Best deployed model, top tier";
            case MAX_DEPLOYED_BASE_E -> "Best deployed model, k = 1";
            case MAX_INTERNAL_E -> "Best internal model";
            case OUTSIDE_OPTION_E -> "Outside option";
            case OPEN_WEIGHT_GAP_E -> "Open-weight lab behind the frontier";
            case LABS_NEAR_FRONTIER -> "Labs near the frontier";
            case MODELS_ABOVE_1E25_FLOP -> "Models above 1e25 FLOP";
            case SELF_HOSTED_GAP_E -> "Self-hosted open weights behind the frontier";
            case TRANSPARENCY_GAP_E -> "Internal models ahead of deployed";
            case INTERNAL_LEAD_MONTHS -> "Months an internal model has led";
            case IDA_GAIN_INTERNAL_E -> "IDA gain, internal";
            case IDA_GAIN_DEPLOYED_E -> "IDA gain, released";
            case FRONTIER_COPIES_AT_RELEASE -> "Copies of the frontier model at release";
            case HUMAN_LEVEL_COST_PER_TASK -> "Cost of a human-level task";
            case HUMAN_LEVEL_COST_TO_WAGE -> "Human-level cost over the human wage";
            case HUMAN_LEVEL_K -> "Inference multiplier of first human level";
            case MODELS_COVERED -> "Models covered by a regulator";
            case COVERED_HIGH_CAPABILITY_USAGE_SHARE -> "Dangerous-capability use that is covered";
            case RUNS_BELOW_THRESHOLD -> "Runs just below a threshold";
            case BUNCHING_SHARE -> "Bunching below thresholds";
            case REGULATOR_VISIBLE_GAP_E -> "Internal lead regulators can see";
            case DETERMINED_ACTOR_E -> "Best E of a determined actor on uncovered models";
            case DETERMINED_ACTOR_MARGIN_E -> "Determined actor above the danger line";
            case FALSE_NEGATIVE_USAGE_SHARE -> "High-capability usage on uncovered models";
            case FALSE_POSITIVE_MODELS -> "Covered models below the danger line";
            case REGULATOR_CASELOAD -> "Regulators' caseload";
            case EVALUATIONS_STARTED -> "Evaluations started";
            case COMPLIANCE_COST_USD -> "Compliance costs paid by labs";
            case COVERAGE_LATENCY_MONTHS -> "Months from release to coverage";
            case REGULATOR_FRONTIER_GAP_E -> "True frontier above what regulators see";
            case RUNS_SPLIT_ACROSS_SITES -> "Runs split across sites";
        };
    }
}
