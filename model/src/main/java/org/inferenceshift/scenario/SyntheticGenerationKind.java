package org.inferenceshift.scenario;

/** When a lab spends its synthetic share on generating data (MODEL.md §7.10; {@code labs/SyntheticGeneration}). */
public enum SyntheticGenerationKind {
    /** Every month. */
    ALWAYS,
    /** Only while the run in progress would end above the lab's own data wall (data, not compute, limits it). */
    WHEN_DATA_LIMITED
}
