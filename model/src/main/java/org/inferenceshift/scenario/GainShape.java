package org.inferenceshift.scenario;

/** How the capability gained from inference flattens at a model's plateau P (DESIGN §4; MODEL.md §7.5). */
public enum GainShape {
    /** gain = beta min(log10 k, P): log-linear up to 10^P and nothing beyond it (the default). */
    HARD,
    /** gain = beta P (1 - exp(-log10 k / P)): approaches beta P only as k goes to infinity. */
    SATURATING
}
