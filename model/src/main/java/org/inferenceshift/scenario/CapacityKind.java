package org.inferenceshift.scenario;

/** How a lab decides the serving capacity it rents each month (issue 16 item 1). */
public enum CapacityKind {
    /** The allocation's inference share of the budget, all of it, bought on demand (the rule before issue 16). */
    FIXED_SHARE,
    /** Capacity for the demand the lab forecasts times a learned headroom, part reserved, within the inference share. */
    DEMAND_FORECAST
}
