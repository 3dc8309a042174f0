package org.inferenceshift.claims;

/**
 * A claim's robustness on the calibration posterior: in how many of its worlds the effect (treatment less
 * baseline, each the mean of the world's seeds) has the expected sign.
 *
 * @param share  share of the worlds with a defined effect that have the expected sign (NaN when none)
 * @param worlds worlds with a defined effect
 */
public record PosteriorShare(Claim claim, double share, int worlds) {
}
