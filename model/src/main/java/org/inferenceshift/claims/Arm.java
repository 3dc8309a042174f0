package org.inferenceshift.claims;

/**
 * One side of a comparison: a shipped scenario file, run as written (with the claims run's population,
 * seeds and, in the robustness sample, the sampled parameters).
 *
 * @param scenario the scenario's {@code name}, which labels its runs in the results tables
 * @param file     the scenario file, relative to the scenarios folder
 */
public record Arm(String scenario, String file) {
    public static Arm of(String scenario) {
        return new Arm(scenario, scenario + ".json");
    }
}
