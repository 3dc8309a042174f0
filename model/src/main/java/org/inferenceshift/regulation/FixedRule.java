package org.inferenceshift.regulation;

/** The rule never changes (every policy kind but ADAPTIVE_THRESHOLD). */
public record FixedRule() implements ReviewRule {
    @Override
    public void review(int month, RegulatorView view) {
    }
}
