package org.inferenceshift.claims;

/**
 * What a claim compares: a baseline arm against a treatment arm (the world the claim is about). Effects
 * are treatment minus baseline.
 *
 * @param id          short name used in claims.csv
 * @param description one line for readers: what differs between the arms
 */
public record Comparison(String id, Arm baseline, Arm treatment, String description) {
}
