package org.inferenceshift.stats;

/**
 * One factor's Sobol indices.
 *
 * @param factor     the factor's name
 * @param firstOrder S<sub>i</sub>: the share of the output's variance the factor explains alone
 * @param totalOrder ST<sub>i</sub>: the share that would vanish if the factor were fixed, interactions included
 */
public record FactorIndices(String factor, IndexEstimate firstOrder, IndexEstimate totalOrder) {
}
