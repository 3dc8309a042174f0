package org.inferenceshift.metrics;

/** Families of metrics (DESIGN §9); each is one chart of a run. */
public enum MetricGroup {
    CONCENTRATION("Market concentration"),
    ACCESS("Access and inequality"),
    PRICES("Prices and tiers"),
    COMPUTE("Compute spend"),
    FRONTIER("Frontier capability"),
    TRAINING_ROUTES("Inference during training"),
    API("Enterprise API market"),
    REGULATION("Regulation");

    private final String title;

    MetricGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
