package org.inferenceshift.validation;

/**
 * What a fact's comparison is worth as evidence. Only held-out facts test the model independently: an
 * input is set by the scenario itself, and a calibration target had a parameter chosen to reproduce it.
 */
public enum FactRole {
    /** Set directly by a scenario parameter at the published rate: a check of the scenario, not of the model. */
    INPUT("input"),
    /** A parameter was calibrated against it (named in docs/VALIDATION.md), so agreement is partly by construction. */
    CALIBRATION_TARGET("calibration target"),
    /** Nothing was tuned to it: independent validation. */
    HELD_OUT("held out");

    private final String label;

    FactRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
