package org.inferenceshift.validation;

/**
 * Facts about the same part of the industry, which inform the same parameters: leave-one-group-out
 * cross-validation ({@code calibrate}) fits without a whole group's targets and then tests the group, so a
 * fact is never tested on a fit made from its near twin. Fixed in the registry before any fit.
 */
public enum FactGroup {
    /** Who pays, and how that grows. */
    USERS("users"),
    /** Tier prices and the price of capability. */
    PRICES("prices"),
    /** How users divide between labs. */
    CONCENTRATION("concentration"),
    /** Training and serving compute. */
    COMPUTE("compute"),
    /** Distance to the frontier, across labs. */
    CAPABILITY("capability"),
    /** Industry revenue. */
    REVENUE("revenue"),
    /** Set by the scenario's trend parameters (role input): never fitted, never tested. */
    INPUTS("inputs");

    private final String label;

    FactGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
