package org.inferenceshift.metrics;

/**
 * The registry of per-step metrics: each constant is one column of {@code timeseries.csv} and one key of
 * {@code summary.json} (end-of-run value), with its unit and meaning. The CSV header, the charts, the
 * GUI and {@code docs/METRICS.md} all read names from here; no metric name is spelled anywhere else.
 */
public enum Metric {
    HHI_REVENUE("hhi_revenue", MetricGroup.CONCENTRATION, "0-10000",
            "Herfindahl-Hirschman index of lab revenue shares (sum of squared percentage shares)."),
    HHI_USERS("hhi_users", MetricGroup.CONCENTRATION, "0-10000",
            "Herfindahl-Hirschman index of lab subscriber shares (paid and free tiers, outside option excluded)."),
    CR1("cr1", MetricGroup.CONCENTRATION, "share", "Revenue share of the largest lab."),
    CR4("cr4", MetricGroup.CONCENTRATION, "share", "Revenue share of the four largest labs."),
    ACTIVE_LABS("active_labs", MetricGroup.CONCENTRATION, "labs", "Labs that have not exited."),

    GINI_ACCESS("gini_access", MetricGroup.ACCESS, "0-1",
            "Gini coefficient of the success probability each person receives (outside option included), people-weighted."),
    DECILE_GAP_E("decile_gap_E", MetricGroup.ACCESS, "E (OOM)",
            "Mean E received by the richest income decile minus that of the poorest (E mixed by each user's task shares)."),
    NO_PAID_ACCESS_SHARE("no_paid_access_share", MetricGroup.ACCESS, "share",
            "Share of people on the outside option or a free tier."),
    SUBSCRIBER_E_SD("subscriber_E_sd", MetricGroup.ACCESS, "E (OOM)",
            "Standard deviation of E received among paying subscribers (0 = everyone drinks the same Coke)."),
    MEAN_SUCCESS("mean_success", MetricGroup.ACCESS, "probability", "Mean success probability over all people."),

    TIERS_OFFERED("tiers_offered", MetricGroup.PRICES, "tiers", "Tiers on offer across all active labs."),
    TIER_PRICE_RATIO("tier_price_ratio", MetricGroup.PRICES, "ratio",
            "Highest paid tier price over lowest paid tier price across all labs (1 with a single paid price)."),
    K_MAX("k_max", MetricGroup.PRICES, "x", "Highest inference multiplier k on offer."),
    HIGH_K_SUBSCRIBER_SHARE("high_k_subscriber_share", MetricGroup.PRICES, "share",
            "Share of paying subscribers on tiers that serve more inference than k = 1."),
    MEAN_PRICE_PAID("mean_price_paid", MetricGroup.PRICES, "USD/month", "Mean monthly price paid by paying subscribers."),
    REVENUE_TOTAL("revenue_total", MetricGroup.PRICES, "USD/month", "Revenue of all labs this month."),

    SPEND_SHARE_PRETRAINING("spend_share_pretraining", MetricGroup.COMPUTE, "share",
            "Share of all labs' compute spend that went to pre-training."),
    SPEND_SHARE_POSTTRAINING("spend_share_posttraining", MetricGroup.COMPUTE, "share",
            "Share of compute spend that went to reasoning post-training."),
    SPEND_SHARE_INFERENCE("spend_share_inference", MetricGroup.COMPUTE, "share",
            "Share of compute spend that went to serving capacity."),
    SPEND_SHARE_IDA("spend_share_ida", MetricGroup.COMPUTE, "share",
            "Share of compute spend that went to inference-during-training."),
    MEAN_THROTTLE("mean_throttle", MetricGroup.COMPUTE, "0-1",
            "Subscriber-weighted mean of capacity / demand, capped at 1 (1 = no lab short of serving capacity)."),

    MAX_DEPLOYED_E("max_deployed_E", MetricGroup.FRONTIER, "E (OOM)",
            "Highest E on reasoning tasks of any deployed model at its lab's top tier."),
    MAX_INTERNAL_E("max_internal_E", MetricGroup.FRONTIER, "E (OOM)",
            "Highest E on reasoning tasks, at its lab's top tier, of any model a lab holds, deployed or not (IDA gains included)."),
    MAX_DEPLOYED_BASE_E("max_deployed_base_E", MetricGroup.FRONTIER, "E (OOM)",
            "Highest E of any deployed model at k = 1 (pre-training capability alone)."),
    OUTSIDE_OPTION_E("outside_option_E", MetricGroup.FRONTIER, "E (OOM)",
            "E of the outside option: best open-weight model self-hosted, or no AI.");

    private final String column;
    private final MetricGroup group;
    private final String unit;
    private final String description;

    Metric(String column, MetricGroup group, String unit, String description) {
        this.column = column;
        this.group = group;
        this.unit = unit;
        this.description = description;
    }

    public String column() { return column; }
    public MetricGroup group() { return group; }
    public String unit() { return unit; }
    public String description() { return description; }

    /** Axis or table label: column name with its unit. */
    public String label() {
        return column + " (" + unit + ")";
    }
}
