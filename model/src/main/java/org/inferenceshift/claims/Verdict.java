package org.inferenceshift.claims;

import java.util.Locale;

/**
 * The verdict on a claim, by the rule fixed before any run: SUPPORTED when the 95% confidence interval of
 * the effect excludes zero on the side the claim expects, CONTRADICTED when it excludes zero on the other
 * side, INCONCLUSIVE when it contains zero. UNTESTED when there is no interval (the claim's metric or
 * scenarios are not in the model yet, or an arm has fewer than two runs with a defined value).
 */
public enum Verdict {
    SUPPORTED,
    CONTRADICTED,
    INCONCLUSIVE,
    UNTESTED;

    public static Verdict of(EffectInterval interval, Direction expected) {
        if (interval == null || !interval.isDefined()) {
            return UNTESTED;
        }
        if (interval.lower() > 0 || interval.upper() < 0) {
            return expected.agrees(interval.estimate()) ? SUPPORTED : CONTRADICTED;
        }
        return INCONCLUSIVE;
    }

    /** Lower-case name, as written in claims.csv. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
