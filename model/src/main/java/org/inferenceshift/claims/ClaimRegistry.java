package org.inferenceshift.claims;

import static org.inferenceshift.claims.Direction.DECREASE;
import static org.inferenceshift.claims.Direction.INCREASE;
import static org.inferenceshift.claims.EffectMeasure.DIFFERENCE;
import static org.inferenceshift.claims.EffectMeasure.LOG10_RATIO;
import static org.inferenceshift.experiment.Statistic.FINAL_YEAR;
import static org.inferenceshift.experiment.Statistic.FIRST;
import static org.inferenceshift.experiment.Statistic.LAST;
import static org.inferenceshift.experiment.Statistic.MEAN;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every claim of DESIGN §10 as it is tested, fixed before any run: metric, statistic, effect measure,
 * comparison and expected direction. [E] is the Feb 2025 essay ({@code seeds/002_d7c3cba5a34d2014.txt}),
 * [R] the Oct 2025 report ({@code seeds/001_a0ca087a4b4a5e7e.txt}); sections are cited by heading.
 * {@code docs/CLAIMS.md} shows this registry (a test keeps the two in step).
 */
public final class ClaimRegistry {
    static final String E_COPIES = "Reducing the number of simultaneously served copies of each new model";
    static final String E_HUMAN_LEVEL = "Increasing the price of first human-level AGI systems";
    static final String R_HUMAN_LEVEL = "Increasing the cost of first human-level AI systems";
    static final String E_WEIGHTS = "Reducing the value of securing model weights";
    static final String R_WEIGHTS = "Somewhat reducing the value of securing model weights";
    static final String E_OPEN = "Reducing the benefits and risks of open-weight models";
    static final String R_OPEN = "Somewhat reducing the benefits and risks of open-weight models";
    static final String UNEQUAL = "Unequal performance for different tasks and for different users";
    static final String BUSINESS = "Changing the business model and industry structure";
    static final String DATA_CENTRES = "Reducing the need for monolithic data centres";
    static final String E_THRESHOLDS = "Breaking the strategy of AI governance via compute thresholds";
    static final String R_THRESHOLDS = "Complicate the strategy of AI governance via compute thresholds";
    static final String E_IDA = "Scaling inference-during-training";
    static final String R_IDA_GROWTH = "Iterated distillation and amplification; Shortened timelines to AGI";
    static final String R_IDA_TRANSPARENCY = "Reduced governance transparency";
    static final String R_SYNTHETIC = "Scaling inference-during-training; Generating synthetic training data";

    /** Pre-training era against inference era: DESIGN §10's main comparison. */
    public static final Comparison ERAS = new Comparison("eras", Arm.of("pretraining-era"), Arm.of("inference-era"),
            "pre-training era (no data wall, little to gain from inference) against inference era "
                    + "(data wall, reasoning models turn inference into capability)");
    /** The inference era without and with inference-during-training. */
    public static final Comparison IDA = new Comparison("ida", Arm.of("inference-era"), Arm.of("ida-era"),
            "inference era without and with inference-during-training (ida.enabled; a tenth of each budget "
                    + "moved from serving capacity to amplification and distillation)");
    /** The inference era without and with synthetic data (route 1 of inference-during-training). */
    public static final Comparison SYNTHETIC = new Comparison("synthetic", Arm.of("inference-era"),
            Arm.of("synthetic-data-era"), "inference era without and with synthetic data (synthetic.enabled; a tenth "
                    + "of each budget moved from serving capacity to generating and verifying training data)");
    /** A training-compute threshold in the pre-training era against the same threshold in the inference era. */
    public static final Comparison THRESHOLD_ERAS = new Comparison("threshold-eras",
            Arm.of("pretraining-era-training-threshold"), Arm.of("policy-training-threshold"),
            "a training-compute threshold (TRAINING_THRESHOLD) in the pre-training era against the same "
                    + "threshold in the inference era");

    /** Policy variants in the inference era, each against the plain training-compute threshold. */
    public static final Comparison DUAL_VS_TRAINING = policyVariant("dual-threshold", "policy-dual-threshold",
            "DUAL_THRESHOLD (pre-training above the threshold, or a lower one with reasoning post-training)");
    public static final Comparison EFFECTIVE_VS_TRAINING = policyVariant("effective-compute",
            "policy-effective-compute", "EFFECTIVE_COMPUTE (capability E at the highest deployed k)");
    public static final Comparison EVAL_VS_TRAINING = policyVariant("capability-eval", "policy-capability-eval",
            "CAPABILITY_EVAL (capability measured at an evaluation inference budget)");

    private static final List<String> COPIES_CONTEXT = List.of("spend_share_inference", "k_max", "max_deployed_base_E",
            "mean_throttle");
    private static final List<String> OPEN_CONTEXT = List.of("outside_option_E", "max_deployed_E",
            "max_deployed_base_E", "open_weight_gap_E", "no_paid_access_share", "high_k_subscriber_share");
    private static final List<String> UNEQUAL_CONTEXT = List.of("k_max", "high_k_subscriber_share", "subscriber_E_sd",
            "no_paid_access_share", "mean_success");
    private static final List<String> BUSINESS_CONTEXT = List.of("revenue_total", "mean_price_paid", "cr1",
            "entries", "exits", "spend_share_inference");
    private static final List<String> IDA_CONTEXT = List.of("spend_share_ida", "max_deployed_E", "spend_share_inference");
    private static final List<String> SYNTHETIC_CONTEXT = List.of("effective_data_wall_flop", "synthetic_verified_tokens",
            "spend_share_synthetic", "spend_share_pretraining");

    private static final List<Claim> CLAIMS = List.of(
            new Claim("1", 1, "Fewer simultaneously served copies of each new frontier model", E_COPIES, E_COPIES,
                    "frontier_copies_at_release", FINAL_YEAR, LOG10_RATIO, DECREASE, ERAS,
                    "Copies of the frontier model its lab can serve at once in its release month (capacity over the "
                            + "compute of one copy at the top tier's k), averaged over the final year; a log ratio "
                            + "because copies span orders of magnitude.",
                    COPIES_CONTEXT),
            new Claim("2", 2, "The first human-level system costs more relative to human wages", E_HUMAN_LEVEL,
                    R_HUMAN_LEVEL, "human_level_cost_to_wage", FIRST, LOG10_RATIO, INCREASE, ERAS,
                    "Cost per task of the cheapest configuration reaching humanLevelE, over the human wage per task, "
                            + "in the first month any configuration reaches it; runs that never reach it have no "
                            + "value. A log ratio because costs span orders of magnitude.",
                    List.of("human_level_k", "max_deployed_base_E", "max_deployed_E")),
            new Claim("3", 3, "Model weights are worth less: training is a smaller share of the frontier model's "
                    + "lifetime compute", E_WEIGHTS, R_WEIGHTS, "training_share_lifetime_frontier", FINAL_YEAR,
                    DIFFERENCE, DECREASE, ERAS,
                    "Share of the frontier model's lifetime compute (training plus deployment so far) spent training "
                            + "it, the part a thief of its weights saves; final-year mean.",
                    List.of("spend_share_pretraining", "spend_share_inference", "k_max", "revenue_total",
                            "deployment_exceeds_pretraining_share")),
            new Claim("4a", 4, "Open-weight models serve a smaller share of people", E_OPEN, R_OPEN,
                    "open_weight_user_share", FINAL_YEAR, DIFFERENCE, DECREASE, ERAS,
                    "Share of people served by an open-weight model (self-hosting it as their outside option, or "
                            + "subscribing to an open-weight lab); final-year mean.",
                    OPEN_CONTEXT),
            new Claim("4b", 4, "Open-weight models fall further behind what users can buy", E_OPEN, R_OPEN,
                    "self_hosted_gap_E", FINAL_YEAR, DIFFERENCE, INCREASE, ERAS,
                    "Capability gap between the frontier's top tier and the best open-weight model self-hosted at "
                            + "k = 1 (the self-hoster pays for inference, so runs it at the base budget); final-year "
                            + "mean.",
                    OPEN_CONTEXT),
            new Claim("5a", 5, "Richer users get more capable AI: the capability gap between income deciles widens",
                    UNEQUAL, UNEQUAL, "decile_gap_E", FINAL_YEAR, DIFFERENCE, INCREASE, ERAS,
                    "Mean E received by the richest income decile minus the poorest; final-year mean.",
                    UNEQUAL_CONTEXT),
            new Claim("5b", 5, "Success is spread more unequally across people", UNEQUAL, UNEQUAL, "gini_access",
                    FINAL_YEAR, DIFFERENCE, INCREASE, ERAS,
                    "Gini coefficient of the success probability each person gets on their own tasks; final-year "
                            + "mean.",
                    UNEQUAL_CONTEXT),
            new Claim("5c", 5, "Top tiers cost many times the bottom ones (a 10x price ratio emerges)", UNEQUAL,
                    UNEQUAL, "tier_price_ratio", FINAL_YEAR, LOG10_RATIO, INCREASE, ERAS,
                    "Highest over lowest paid tier price across labs; final-year mean, compared as a log ratio "
                            + "(claims.csv also gives each arm's geometric mean, to read against 10x).",
                    UNEQUAL_CONTEXT),
            new Claim("6a", 6, "Marginal costs rise: serving takes a larger share of revenue", BUSINESS, BUSINESS,
                    "marginal_cost_share", FINAL_YEAR, DIFFERENCE, INCREASE, ERAS,
                    "Cost of the compute subscribers' queries need, over revenue; final-year mean.",
                    BUSINESS_CONTEXT),
            new Claim("6b", 6, "The industry is less concentrated", BUSINESS, BUSINESS, "hhi_revenue", FINAL_YEAR,
                    DIFFERENCE, DECREASE, ERAS,
                    "Herfindahl-Hirschman index of revenue shares; final-year mean.",
                    BUSINESS_CONTEXT),
            new Claim("6c", 6, "More labs stay viable", BUSINESS, BUSINESS, "active_labs", FINAL_YEAR, DIFFERENCE,
                    INCREASE, ERAS,
                    "Labs that have not exited (entrants included); final-year mean.",
                    BUSINESS_CONTEXT),
            new Claim("7", 7, "Less compute has to sit in one large data centre", DATA_CENTRES, DATA_CENTRES,
                    "single_site_compute_share", FINAL_YEAR, DIFFERENCE, DECREASE, ERAS,
                    "Share of the month's compute spend that must sit in one site (final training runs); serving and "
                            + "experiments can be spread. Final-year mean.",
                    List.of("spend_share_pretraining", "spend_share_posttraining", "spend_share_inference")),
            new Claim("8a", 8, "A training-compute threshold covers less of the high-capability usage", E_THRESHOLDS,
                    R_THRESHOLDS, "covered_high_capability_usage_share", FINAL_YEAR, DIFFERENCE, DECREASE,
                    THRESHOLD_ERAS,
                    "Share of usage at E >= dangerE that runs on models the regulator covers, under the same "
                            + "training-compute threshold in both eras; final-year mean.",
                    List.of("models_covered", "max_deployed_E", "k_max")),
            new Claim("8b", 8, "Training runs bunch just below the threshold", E_THRESHOLDS, R_THRESHOLDS,
                    "runs_below_threshold", LAST, DIFFERENCE, INCREASE, THRESHOLD_ERAS,
                    "Training runs whose compute lies within 0.3 OOM below the threshold, counted over the whole "
                            + "horizon (the metric counts runs so far, so its last value is the total).",
                    List.of("bunching_share", "models_covered", "spend_share_pretraining", "spend_share_inference")),
            new Claim("8c", 8, "A dual threshold covers more high-capability usage than a training threshold",
                    E_THRESHOLDS, R_THRESHOLDS, "covered_high_capability_usage_share", FINAL_YEAR, DIFFERENCE,
                    INCREASE, DUAL_VS_TRAINING,
                    "[R] proposes covering both large pre-training runs and smaller runs post-trained for heavy "
                            + "inference; coverage of usage at E >= dangerE in the inference era, final-year mean.",
                    List.of("models_covered", "runs_below_threshold")),
            new Claim("8d", 8, "An effective-compute threshold covers more high-capability usage than a training "
                    + "threshold", E_THRESHOLDS, R_THRESHOLDS, "covered_high_capability_usage_share", FINAL_YEAR,
                    DIFFERENCE, INCREASE, EFFECTIVE_VS_TRAINING,
                    "[E] and [R] ask regulators to count inference in the capability a rule targets; coverage in "
                            + "the inference era, final-year mean.",
                    List.of("models_covered", "runs_below_threshold")),
            new Claim("8e", 8, "Capability evaluations with an inference budget cover more high-capability usage "
                    + "than a training threshold", E_THRESHOLDS, R_THRESHOLDS, "covered_high_capability_usage_share",
                    FINAL_YEAR, DIFFERENCE, INCREASE, EVAL_VS_TRAINING,
                    "[R] proposes capability-based thresholds evaluated with significant inference budgets; "
                            + "coverage in the inference era, final-year mean.",
                    List.of("models_covered", "runs_below_threshold")),
            new Claim("9a", 9, "Inference-during-training makes the frontier grow faster", E_IDA, R_IDA_GROWTH,
                    "max_internal_E", FINAL_YEAR, DIFFERENCE, INCREASE, IDA,
                    "Best E of any model a lab holds, deployed or not, at the end of the horizon (final-year mean); "
                            + "both arms start from the same models, so a higher end point is faster growth.",
                    IDA_CONTEXT),
            new Claim("9b", 9, "Inference-during-training opens a transparency gap between internal and deployed "
                    + "models", E_IDA, R_IDA_TRANSPARENCY, "transparency_gap_E", MEAN, DIFFERENCE, INCREASE, IDA,
                    "max_internal_E minus max_deployed_E averaged over the whole horizon: the gap opens and closes as "
                            + "labs release their distilled models, so its time-average measures it.",
                    IDA_CONTEXT),
            new Claim("9c", 9, "Synthetic data revitalises pre-training: larger frontier training runs", E_IDA,
                    R_SYNTHETIC, "frontier_training_flop", FINAL_YEAR, LOG10_RATIO, INCREASE, SYNTHETIC,
                    "[E]: inference-scaled models generating verified data for the next base model would let "
                            + "pre-training scaling recommence; largest training run released, final-year mean, in OOM.",
                    SYNTHETIC_CONTEXT),
            new Claim("9d", 9, "Synthetic data revitalises pre-training: the frontier grows faster", E_IDA, R_SYNTHETIC,
                    "max_deployed_E", FINAL_YEAR, DIFFERENCE, INCREASE, SYNTHETIC,
                    "Best deployed E at the end of the horizon (final-year mean); both arms start from the same "
                            + "models, so a higher end point is faster growth.",
                    SYNTHETIC_CONTEXT));

    private static final List<UncertainParameter> PARAMETERS = List.of(
            new UncertainParameter("trends.hardwareGrowthPerYear", 1.25, 1.45,
                    "Epoch AI (Hobbhahn & Besiroglu, 2022): FLOP per dollar doubles every 2 to 3 years (1.26-1.41x a year)."),
            new UncertainParameter("trends.algoEfficiencyGrowthPerYear", 2.0, 5.0,
                    "Ho et al. (2024): compute for a fixed performance halves every 8 months, 95% interval about 5-14 months (1.8-5.3x a year)."),
            new UncertainParameter("capability.dataWallFlop", 1.0e26, 1.0e27,
                    "Stated reason: [E] and [R] report disappointing returns beyond GPT-4.5 to GPT-5 scale; about a factor 3 either side of the default 3e26 (sampled linearly)."),
            new UncertainParameter("capability.betaIntuitive", 0.0, 0.2,
                    "DESIGN §4, [E], [R]: inference helps intuitive tasks little; from no help to twice the default."),
            new UncertainParameter("capability.humanLevelE", 28.0, 29.0,
                    "Stated reason: where human level lies is a convention; half an OOM either side of the default."),
            new UncertainParameter("population.incomeSigma", 0.6, 1.1,
                    "Lognormal income with Gini 2Φ(σ/√2) - 1 from 0.33 to 0.56, the span of national income distributions."),
            new UncertainParameter("population.valueIncomeElasticity", 1.0, 2.5,
                    "MODEL.md: 1 if AI saves time valued at the wage, plus up to 1.5 for the larger AI-doable share of richer users' work."),
            new UncertainParameter("population.reasoningShareMean", 0.25, 0.55,
                    "Stated reason: the share of inference-friendly tasks (maths, code, long multi-step work; [E], [R]) is unmeasured; 0.15 either side of the default."),
            new UncertainParameter("choice.brandTasteScale", 0.05, 0.2,
                    "Calibrated default (HHI between 2,000 and 4,000); half to twice it."),
            new UncertainParameter("entry.entrantsPerYear", 0.25, 1.5,
                    "Stated reason: 2023-25 saw years with no new frontier-scale lab and years with two or three."),
            new UncertainParameter("finance.investorAppetite", 0.025, 0.1,
                    "OpenAI's Oct 2024 round raised about 4% of its valuation; from about half to twice the default 0.05."),
            new UncertainParameter("serving.tokensPerQuery", 500, 3000,
                    "[E] appendix: about 10^3 tokens per answer; chat answers run from a few hundred to a few thousand tokens."),
            new UncertainParameter("ida.gainPerIterationE", 0.05, 0.2,
                    "Stated reason: [E] and [R] give no rate for LLMs; half to twice the default (only the ida-era arm uses it)."),
            new UncertainParameter("ida.ceilingGainE", 1.0, 3.0,
                    "Stated reason: one OOM either side of the default ceiling of 2 (only the ida-era arm uses it)."),
            new UncertainParameter("ida.failureProbability", 0.1, 0.5,
                    "Stated reason: [E] lists ways IDA may fail for LLMs without rates; from one iteration in ten to one in two failing, either side of the default 0.3 (only the ida-era arm uses it)."),
            new UncertainParameter("ida.samplesPerIteration", 1.0e6, 2.5e7,
                    "Stated reason: a fifth to five times the default 5e6 (AlphaGo Zero's 25,000 games of about 200 moves per distillation, [E]); sets an iteration's compute (only the ida-era arm uses it)."),
            new UncertainParameter("synthetic.tokenValue", 0.25, 1.0,
                    "Stated reason: from a quarter of a human token to one, either side of the default 0.5, between model collapse and the Phi series (only the synthetic-data-era arm uses it)."),
            new UncertainParameter("synthetic.diminishingExponent", 0.25, 0.75,
                    "Stated reason: a quarter either side of the default 0.5 (only the synthetic-data-era arm uses it)."));

    private ClaimRegistry() {
    }

    private static Comparison policyVariant(String id, String scenario, String description) {
        return new Comparison(id, Arm.of("policy-training-threshold"), Arm.of(scenario),
                "in the inference era, a training-compute threshold (TRAINING_THRESHOLD) against " + description);
    }

    /** Every claim part, in DESIGN §10 order. */
    public static List<Claim> claims() {
        return CLAIMS;
    }

    /** The parameters the robustness sample varies, with their ranges. */
    public static List<UncertainParameter> uncertainParameters() {
        return PARAMETERS;
    }

    /** The comparisons the claims use, in first-use order. */
    public static List<Comparison> comparisons() {
        Set<Comparison> out = new LinkedHashSet<>();
        CLAIMS.forEach(c -> out.add(c.comparison()));
        return new ArrayList<>(out);
    }
}
