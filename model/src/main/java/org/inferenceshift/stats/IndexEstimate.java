package org.inferenceshift.stats;

/**
 * A sensitivity index with its bootstrap percentile interval (NaN throughout when the output never varies).
 *
 * @param value the estimate from all base rows
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 */
public record IndexEstimate(double value, double lower, double upper) {
}
