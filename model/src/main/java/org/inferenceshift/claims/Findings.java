package org.inferenceshift.claims;

import java.util.List;

/**
 * Everything a claims run concludes: each claim's verdicts, the era claims taken apart by the factorial, and
 * the texts' own numbers beside the model's.
 */
public record Findings(List<ClaimResult> claims, List<FactorialResult> factorial, List<TextCheck> texts) {
    public Findings {
        claims = List.copyOf(claims);
        factorial = List.copyOf(factorial);
        texts = List.copyOf(texts);
    }

    /** Only verdicts (no factorial, no text checks): what a document shows before any run. */
    public static Findings of(List<ClaimResult> claims) {
        return new Findings(claims, List.of(), List.of());
    }
}
