package org.inferenceshift.claims;

/**
 * The verdict on a claim after the p-values of the whole family of claims are adjusted for multiplicity
 * ({@link org.inferenceshift.stats.HolmAdjustment} for the verdict column): SUPPORTED when the adjusted
 * two-sided p-value is below α and the estimate has the expected sign, CONTRADICTED when it is below α
 * with the other sign, INCONCLUSIVE otherwise, UNTESTED without a p-value. With the unadjusted Welch
 * p-value and α = 1 - level this is exactly {@link Verdict#of} on the Welch interval, since the test and
 * the interval are dual; adjustment only raises p, so it can only turn verdicts inconclusive.
 */
public final class AdjustedVerdict {
    private AdjustedVerdict() {
    }

    /**
     * @param estimate   the effect (treatment minus baseline)
     * @param adjustedP  the claim's adjusted p-value, NaN if untested
     * @param expected   the direction the claim expects
     * @param alpha      the family's significance level, 1 - the intervals' level
     */
    public static Verdict of(double estimate, double adjustedP, Direction expected, double alpha) {
        if (Double.isNaN(adjustedP)) {
            return Verdict.UNTESTED;
        }
        if (adjustedP < alpha) {
            return expected.agrees(estimate) ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        }
        return Verdict.INCONCLUSIVE;
    }
}
