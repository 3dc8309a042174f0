package org.inferenceshift.claims;

import java.util.Locale;

/**
 * The verdict on a claim tested on two independent seed sets, each judged by {@link Verdict#of}. The rule,
 * fixed before any run: when both sets give the same verdict, it stands (SUPPORTED, CONTRADICTED or
 * INCONCLUSIVE); when both were tested and they differ in any way (supported against inconclusive
 * included), the claim is UNSTABLE: its verdict depends on which seeds were drawn. When either set could
 * not be tested there is nothing to replicate, and the claim is UNTESTED.
 */
public enum ReplicatedVerdict {
    SUPPORTED,
    CONTRADICTED,
    INCONCLUSIVE,
    UNSTABLE,
    UNTESTED;

    public static ReplicatedVerdict of(Verdict first, Verdict second) {
        if (first == Verdict.UNTESTED || second == Verdict.UNTESTED) {
            return UNTESTED;
        }
        if (first != second) {
            return UNSTABLE;
        }
        return switch (first) {
            case SUPPORTED -> SUPPORTED;
            case CONTRADICTED -> CONTRADICTED;
            case INCONCLUSIVE -> INCONCLUSIVE;
            case UNTESTED -> UNTESTED;
        };
    }

    /** Lower-case name, as written in claims.csv. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
