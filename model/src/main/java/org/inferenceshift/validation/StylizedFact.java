package org.inferenceshift.validation;

import java.time.YearMonth;
import org.inferenceshift.metrics.Metric;

/**
 * The registry of stylized facts of 2023–2025 the model is validated against (docs/VALIDATION.md gives
 * each one's source and the reasoning behind its band). A fact is a {@link Metric} read by a
 * {@link Reading} in one month, a band the model should fall in, and the observed value drawn in its
 * figure. The bands were committed before the model's values were seen; a test keeps them equal to the
 * table in docs/VALIDATION.md, so neither can move alone.
 */
public enum StylizedFact {
    PAYING_SHARE("paying_share", "Share of people paying for an AI assistant",
            Metric.NO_PAID_ACCESS_SHARE, Reading.COMPLEMENT, "2025-06", 0.03, 0.015, 0.06,
            "share of people", false, FactRole.CALIBRATION_TARGET, FactGroup.USERS),
    TIER_PRICE_RATIO("tier_price_ratio", "Top over bottom paid tier price",
            Metric.TIER_PRICE_RATIO, Reading.VALUE, "2025-12", 10, 5, 20,
            "ratio", false, FactRole.CALIBRATION_TARGET, FactGroup.PRICES),
    FRONTIER_LABS("frontier_labs", "Labs within 0.5 E of the frontier",
            Metric.LABS_NEAR_FRONTIER, Reading.VALUE, "2025-12", 4.5, 3, 6,
            "labs", false, FactRole.HELD_OUT, FactGroup.CAPABILITY),
    LARGEST_LAB_USER_SHARE("largest_lab_user_share", "Largest lab's share of assistant users",
            Metric.CR1_USERS, Reading.VALUE, "2025-06", 0.8, 0.55, 0.90,
            "share of subscribers", false, FactRole.CALIBRATION_TARGET, FactGroup.CONCENTRATION),
    MODELS_ABOVE_1E25("models_above_1e25", "Models trained with more than 1e25 FLOP",
            Metric.MODELS_ABOVE_1E25_FLOP, Reading.VALUE, "2025-06", 30, 15, 60,
            "models", false, FactRole.HELD_OUT, FactGroup.COMPUTE),
    PRICE_DECLINE_CONSTANT_CAPABILITY("price_decline_constant_capability",
            "Fall per year of the price of the 2024-01 frontier capability",
            Metric.CONSTANT_CAPABILITY_PRICE, Reading.DECLINE_SINCE_START, "2025-12", 90, 9, 900,
            "x/year (decline)", true, FactRole.HELD_OUT, FactGroup.PRICES),
    FRONTIER_COMPUTE_GROWTH("frontier_compute_growth", "Growth per year of the largest training run",
            Metric.FRONTIER_TRAINING_FLOP, Reading.GROWTH_SINCE_START, "2025-12", 4.5, 2.5, 7,
            "x/year", false, FactRole.CALIBRATION_TARGET, FactGroup.COMPUTE),
    HARDWARE_PRICE_PERFORMANCE("hardware_price_performance", "Growth per year of FLOP per dollar",
            Metric.FLOP_PER_USD, Reading.GROWTH_SINCE_START, "2025-12", 1.35, 1.25, 1.5,
            "x/year", false, FactRole.INPUT, FactGroup.INPUTS),
    ALGORITHMIC_EFFICIENCY("algorithmic_efficiency", "Growth per year of algorithmic efficiency",
            Metric.ALGORITHMIC_MULTIPLIER, Reading.GROWTH_SINCE_START, "2025-12", 3, 1.8, 5.3,
            "x/year", false, FactRole.INPUT, FactGroup.INPUTS),
    INFERENCE_SPEND_SHARE("inference_spend_share", "Share of compute spend on inference, 2024",
            Metric.SPEND_SHARE_INFERENCE, Reading.MEAN_SINCE_START, "2024-12", 0.48, 0.30, 0.65,
            "share of compute spend", false, FactRole.CALIBRATION_TARGET, FactGroup.COMPUTE),
    DEPLOYMENT_EXCEEDS_TRAINING("deployment_exceeds_training",
            "Share of models (released by 2024-12) whose deployment compute exceeds pre-training",
            Metric.DEPLOYMENT_EXCEEDS_PRETRAINING_SHARE, Reading.VALUE, "2025-12", 0.75, 0.5, 1.0,
            "share of models", false, FactRole.HELD_OUT, FactGroup.COMPUTE),
    OPEN_WEIGHT_GAP("open_weight_gap", "Capability gap of the best open-weight lab",
            Metric.OPEN_WEIGHT_GAP_E, Reading.VALUE, "2024-12", 1.0, 0.4, 2.0,
            "E (OOM)", false, FactRole.HELD_OUT, FactGroup.CAPABILITY),
    REVENUE_GROWTH("revenue_growth", "Growth of industry revenue over 2025",
            Metric.REVENUE_TOTAL, Reading.GROWTH_OVER_YEAR, "2025-12", 3, 2, 5,
            "x/year", false, FactRole.HELD_OUT, FactGroup.REVENUE),
    MEAN_PRICE_PAID("mean_price_paid", "Mean monthly price a paying user pays",
            Metric.MEAN_PRICE_PAID, Reading.VALUE, "2025-06", 24, 18, 35,
            "USD/month", false, FactRole.HELD_OUT, FactGroup.PRICES),
    PAYING_SUBSCRIBER_GROWTH("paying_subscriber_growth", "Growth of paying subscribers over 2025",
            Metric.PAYING_SUBSCRIBERS, Reading.GROWTH_OVER_YEAR, "2025-12", 2, 1.3, 3.5,
            "x/year", false, FactRole.CALIBRATION_TARGET, FactGroup.USERS),
    REVENUE_GROWTH_2024("revenue_growth_2024", "Growth of industry revenue over 2024",
            Metric.REVENUE_TOTAL, Reading.GROWTH_OVER_YEAR, "2025-01", 3, 2, 6,
            "x/year", false, FactRole.CALIBRATION_TARGET, FactGroup.REVENUE),
    LEADER_SHARE_CHANGE("leader_share_change", "Change of the largest lab's user share over a year",
            Metric.CR1_USERS, Reading.CHANGE_OVER_YEAR, "2025-06", -0.08, -0.25, -0.01,
            "share of subscribers", false, FactRole.HELD_OUT, FactGroup.CONCENTRATION),
    PAYING_SHARE_2024("paying_share_2024", "Share of people paying for an AI assistant, mid-2024",
            Metric.NO_PAID_ACCESS_SHARE, Reading.COMPLEMENT, "2024-06", 0.025, 0.01, 0.05,
            "share of people", false, FactRole.HELD_OUT, FactGroup.USERS);

    private final String id;
    private final String title;
    private final Metric metric;
    private final Reading reading;
    private final YearMonth month;
    private final double observed;
    private final double bandLow;
    private final double bandHigh;
    private final String unit;
    private final boolean logAxis;
    private final FactRole role;
    private final FactGroup group;

    /**
     * @param observed the observed value drawn in the figure (a central value, geometric for growth rates,
     *                 where the source gives a range; the band, not this, decides pass or miss)
     * @param logAxis  whether the figure needs a logarithmic axis (values spanning orders of magnitude)
     */
    StylizedFact(String id, String title, Metric metric, Reading reading, String month, double observed,
                 double bandLow, double bandHigh, String unit, boolean logAxis, FactRole role,
                 FactGroup group) {
        this.id = id;
        this.title = title;
        this.metric = metric;
        this.reading = reading;
        this.month = YearMonth.parse(month);
        this.observed = observed;
        this.bandLow = bandLow;
        this.bandHigh = bandHigh;
        this.unit = unit;
        this.logAxis = logAxis;
        this.role = role;
        this.group = group;
    }

    public String id() { return id; }
    public String title() { return title; }
    public Metric metric() { return metric; }
    public Reading reading() { return reading; }
    /** The month the fact is read in. */
    public YearMonth month() { return month; }
    public double observed() { return observed; }
    public double bandLow() { return bandLow; }
    public double bandHigh() { return bandHigh; }
    public String unit() { return unit; }
    public boolean logAxis() { return logAxis; }
    public FactRole role() { return role; }
    /** The group of facts leave-one-group-out cross-validation holds out together (docs/VALIDATION.md). */
    public FactGroup group() { return group; }

    /** Whether a value lies in the band, ends included. */
    public boolean inBand(double value) {
        return value >= bandLow && value <= bandHigh;
    }
}
