package org.inferenceshift.scenario;

/** Which allocation strategy a lab uses (DESIGN §7). */
public enum AllocationKind {
    /** The scenario's allocation every month. */
    FIXED,
    /** Starts from the scenario's allocation; keeps or reverts perturbations by fitness, imitates, explores. */
    ADAPTIVE
}
