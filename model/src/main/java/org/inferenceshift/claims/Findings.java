package org.inferenceshift.claims;

import java.util.List;
import java.util.Map;

/**
 * Everything a claims run concludes: each claim's verdicts, its effect month by month (keyed by claim id; the
 * first seed set), the era claims taken apart by the era factorial and (those it concerns) by the premise
 * design, the texts' own numbers beside the model's, and (with {@code --posterior}) each claim's robustness on
 * the calibration posterior ({@code posteriorWorlds} the worlds it was run in, null without one).
 */
public record Findings(List<ClaimResult> claims, Map<String, TimePath> paths, List<FactorialResult> factorial,
                       List<FactorialResult> premise, List<TextCheck> texts, List<PosteriorShare> posterior,
                       PosteriorWorlds posteriorWorlds) {
    public Findings {
        claims = List.copyOf(claims);
        paths = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(paths));
        factorial = List.copyOf(factorial);
        premise = List.copyOf(premise);
        texts = List.copyOf(texts);
        posterior = List.copyOf(posterior);
    }

    /** Only verdicts (no paths, factorials or text checks): what a document shows before any run. */
    public static Findings of(List<ClaimResult> claims) {
        return new Findings(claims, Map.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** The claim's premise design, or null when the premise does not concern it or was not run. */
    public FactorialResult premise(ClaimResult r) {
        return premise.stream().filter(f -> f.claim().equals(r.claim())).findFirst().orElse(null);
    }

    /** The claim's robustness on the calibration posterior, or null when no posterior was run. */
    public PosteriorShare posterior(ClaimResult r) {
        return posterior.stream().filter(p -> p.claim().equals(r.claim())).findFirst().orElse(null);
    }

    /** The tested claims (with an interval) that have a posterior share: the rows of the posterior tables. */
    public List<ClaimResult> withPosterior() {
        return claims.stream().filter(r -> r.interval() != null && posterior(r) != null).toList();
    }

    /** The claim's time path, or null when it was not tested. */
    public TimePath path(ClaimResult r) {
        return paths.get(r.claim().id());
    }
}
