package org.inferenceshift.regulation;

/** Policy kind NONE: no model is covered. */
public record NoPolicy() implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return false;
    }
}
