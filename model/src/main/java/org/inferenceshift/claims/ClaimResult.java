package org.inferenceshift.claims;

import java.util.List;
import org.inferenceshift.stats.SobolIndices;

/**
 * What the runs say about one claim.
 *
 * @param verdict          the verdict on the first seed set alone ({@link Verdict#of} on {@code interval})
 * @param interval         effect and its 95% confidence interval on the first seed set (null when untested)
 * @param baselineCentre   typical per-run statistic of the baseline arm, in the metric's unit (arithmetic
 *                         mean, or geometric mean for a log-ratio claim)
 * @param treatmentCentre  the same for the treatment arm
 * @param worldEffects     the effect in each world of the robustness sample, in sample order (NaN where a
 *                         run had no defined value)
 * @param robustShare      share of the worlds with a defined effect whose effect has the expected sign
 * @param prcc             partial rank correlation of the world effect with each uncertain parameter, in
 *                         the registry's order (NaN when it cannot be computed)
 * @param context          final-year means of the claim's context metrics in both arms
 * @param note             why the claim is untested, or how many runs had a defined value when some had none
 * @param pValue           two-sided Welch p-value of the first seed set (NaN when untested)
 * @param replicate        the same comparison on the second, independent seed set
 * @param replicated       the verdict of both seed sets together ({@link ReplicatedVerdict}): the headline verdict
 * @param adjusted         the same after Holm's adjustment of each seed set's p-values over the family of claims
 * @param sobol            first- and total-order Sobol indices of the world effect over the uncertain parameters,
 *                         with bootstrap intervals (null when untested or fewer than two complete base rows)
 */
public record ClaimResult(Claim claim, Verdict verdict, EffectInterval interval, double baselineCentre,
                          double treatmentCentre, double[] worldEffects, double robustShare, double[] prcc,
                          List<ContextValue> context, String note, double pValue, SeedSet replicate,
                          ReplicatedVerdict replicated, ReplicatedVerdict adjusted, SobolIndices sobol) {

    /** One seed set's test of the comparison: its interval, verdict and Welch p-value. */
    public record SeedSet(EffectInterval interval, Verdict verdict, double pValue) {
        static final SeedSet NONE = new SeedSet(null, Verdict.UNTESTED, Double.NaN);
    }

    /** A metric beside the claim: its final-year mean in the baseline and treatment arms. */
    public record ContextValue(String metric, double baseline, double treatment) {
    }

    public ClaimResult {
        context = List.copyOf(context);
    }

    static ClaimResult untested(Claim claim, String reason) {
        return new ClaimResult(claim, Verdict.UNTESTED, null, Double.NaN, Double.NaN, new double[0], Double.NaN,
                new double[0], List.of(), reason, Double.NaN, SeedSet.NONE, ReplicatedVerdict.UNTESTED,
                ReplicatedVerdict.UNTESTED, null);
    }

    /** This result with its multiplicity-adjusted verdict. */
    ClaimResult withAdjusted(ReplicatedVerdict verdict) {
        return new ClaimResult(claim, this.verdict, interval, baselineCentre, treatmentCentre, worldEffects, robustShare,
                prcc, context, note, pValue, replicate, replicated, verdict, sobol);
    }

    /** Worlds of the robustness sample with a defined effect. */
    public int definedWorlds() {
        int n = 0;
        for (double e : worldEffects) {
            if (!Double.isNaN(e)) {
                n++;
            }
        }
        return n;
    }

    /** Parameter indices ordered by the size of their PRCC, largest first; undefined ones left out. */
    public List<Integer> ranking() {
        return java.util.stream.IntStream.range(0, prcc.length).boxed()
                .filter(i -> !Double.isNaN(prcc[i]))
                .sorted((a, b) -> Double.compare(Math.abs(prcc[b]), Math.abs(prcc[a])))
                .toList();
    }
}
