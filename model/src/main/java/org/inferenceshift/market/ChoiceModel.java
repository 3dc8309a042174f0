package org.inferenceshift.market;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.inferenceshift.capability.CapabilityFunction;

/**
 * DESIGN §6: a reviewing user's multinomial logit over its consideration set plus the outside option.
 *
 * <p>The choice is nested: within a lab, the user takes the tier with the highest utility (one brand,
 * transparent prices: the limit of a nested logit whose within-lab scale goes to zero, so a dominated
 * tier gets no demand); between labs and the outside option, it is a multinomial logit.
 *
 * <p>Utility of option j, in units of the user's monthly value of AI work V:
 * {@code u_j = phi_j * [s * p(E_reasoning_j) + (1 - s) * p(E_intuitive_j)] + (1 - phi_j) * u_outside - price_j / V},
 * where phi_j is the share of queries the option answers (1 except on rate-limited free tiers, whose
 * unanswered queries go to the outside option), and
 * and, over each considered lab's best tier and the outside option,
 * {@code P(j) = exp(u_j / lambda) / sum_m exp(u_m / lambda)}. Dividing by V makes price matter less to
 * users whose work is worth more. The outside option (no AI) has price 0. A user who can self-host also has
 * self-hosting (MODEL.md §7.3): the self-hosted model's success, less its queries' cost at the hardware price
 * over V ({@link #selfHostUtility}). Each user also has a persistent taste
 * for each lab and for the outside option ({@link #brandTaste}), added to u, and a user who holds a lab's
 * tier pays a switching cost on every other lab's options and on the outside option (issue 18 item 2).
 *
 * <p>All methods work on caller-owned scratch arrays: nothing is allocated per user.
 */
public final class ChoiceModel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Marks the outside option in candidate and choice positions: no AI (with the split outside option, MODEL.md §7.3). */
    public static final int OUTSIDE = -1;
    /** Marks the self-hosting outside option in choice positions (and its taste in {@link #brandTaste}). */
    public static final int SELF_HOST = -2;

    private final double logitScale;
    private final double successWidth;
    private final int considerationLabs;
    private final double brandTasteScale;
    private final long tasteSalt;
    private final double switchingCost;

    /**
     * @param brandTasteScale scale of each user's persistent Gumbel taste for each lab and for the outside
     *                        option (0: no brand loyalty)
     * @param tasteSalt       run-specific salt from the run's generator, so tastes differ between seeds
     */
    public ChoiceModel(double logitScale, double successWidth, int considerationLabs, double brandTasteScale,
                       long tasteSalt) {
        this(logitScale, successWidth, considerationLabs, brandTasteScale, tasteSalt, 0);
    }

    /**
     * @param switchingCost utility a user who holds a lab's tier loses by choosing anything else: another
     *                      lab's tier or the outside option (0: switching is free, as before issue 18)
     */
    public ChoiceModel(double logitScale, double successWidth, int considerationLabs, double brandTasteScale,
                       long tasteSalt, double switchingCost) {
        this.logitScale = logitScale;
        this.successWidth = successWidth;
        this.considerationLabs = considerationLabs;
        this.brandTasteScale = brandTasteScale;
        this.tasteSalt = tasteSalt;
        this.switchingCost = switchingCost;
    }

    public double switchingCost() {
        return switchingCost;
    }

    /**
     * User {@code user}'s persistent taste for lab {@code lab} ({@link #OUTSIDE}: the outside option, no AI;
     * {@link #SELF_HOST}: self-hosting): brandTasteScale
     * times a standard Gumbel variate. It is a pure function of (salt, user, lab), hashed with the SplitMix64
     * finaliser (Steele, Lea and Flood 2014), so a taste per user and lab costs no memory yet never changes
     * during a run: a random-coefficients logit in which brand loyalty, not chance, keeps users with a lab.
     */
    public double brandTaste(int user, int lab) {
        if (brandTasteScale == 0) {
            return 0;
        }
        long z = tasteSalt + user * 0x9E3779B97F4A7C15L + (lab + 1L) * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        double u = ((z >>> 11) + 0.5) * 0x1.0p-53;
        return brandTasteScale * -Math.log(-Math.log(u));
    }

    public double successWidth() {
        return successWidth;
    }

    /**
     * Expected success share over the user's task mix at an option's two capabilities. When both are equal
     * (the outside option; tiers served at k = 1, where inference adds nothing) the logistic is evaluated
     * once: the same inputs give the same value, so this is exact.
     */
    public double success(double reasoningShare, double difficulty, double eReasoning, double eIntuitive) {
        double pReasoning = CapabilityFunction.success(eReasoning, difficulty, successWidth);
        double pIntuitive = eIntuitive == eReasoning ? pReasoning
                : CapabilityFunction.success(eIntuitive, difficulty, successWidth);
        return reasoningShare * pReasoning + (1 - reasoningShare) * pIntuitive;
    }

    /**
     * Expected success share over the user's task mix on option {@code o}: at the tier's two capabilities,
     * or, on an adaptive tier, at what the adaptive rule serves each task class of this difficulty.
     */
    public double success(MarketSnapshot m, int o, double reasoningShare, double difficulty) {
        if (!m.adaptive[o]) {
            return success(reasoningShare, difficulty, m.eReasoning[o], m.eIntuitive[o]);
        }
        return success(reasoningShare, difficulty, m.queryE(o, 0, difficulty), m.queryE(o, 1, difficulty));
    }

    /**
     * Fills {@code candidates} with the options of the current lab (if it still sells in the user's region)
     * and of up to {@code considerationLabs} labs selling there, drawn by awareness; returns how many
     * options were written.
     */
    public int considerationSet(MarketSnapshot m, int region, int currentLab, MersenneTwisterFast rng,
                                int[] labsScratch, int[] candidates) {
        int labs = 0;
        if (currentLab >= 0 && m.tierCount(currentLab) > 0 && m.available(region, currentLab)) {
            labsScratch[labs++] = currentLab;
        }
        int base = region * m.labCount;
        int aware = m.awareCount[region];
        for (int draw = 0; draw < considerationLabs && aware > 0; draw++) {
            int lab = m.awareLabs[base + pick(m.awarenessCumulative, base, aware, rng.nextDouble())];
            if (!contains(labsScratch, labs, lab)) {
                labsScratch[labs++] = lab;
            }
        }
        int n = 0;
        for (int k = 0; k < labs; k++) {
            int lab = labsScratch[k];
            int first = m.labFirstOption[lab];
            for (int t = 0; t < m.labTierCount[lab]; t++) {
                candidates[n++] = first + t;
            }
        }
        return n;
    }

    /**
     * Writes into {@code probabilities[0..n]} the choice probabilities of the n candidates and, last, of the
     * outside option. They sum to one. Candidates of one lab must be contiguous (as
     * {@link #considerationSet} writes them); all but the lab's best tier for this user get probability 0.
     */
    public void probabilities(MarketSnapshot m, int[] candidates, int n, int user, double reasoningShare,
                              double difficulty, double valueUsd, double[] probabilities) {
        probabilities(m, candidates, n, user, OUTSIDE, reasoningShare, difficulty, valueUsd, probabilities);
    }

    /**
     * As {@link #probabilities(MarketSnapshot, int[], int, int, double, double, double, double[])} for a user
     * who holds a tier of {@code heldLab} ({@link #OUTSIDE}: none), so every option of another lab, and the
     * outside option, carries the switching cost.
     */
    public void probabilities(MarketSnapshot m, int[] candidates, int n, int user, int heldLab, double reasoningShare,
                              double difficulty, double valueUsd, double[] probabilities) {
        double outside = success(reasoningShare, difficulty, m.noAiE, m.noAiE);
        double sum = weights(m, candidates, n, user, heldLab, reasoningShare, difficulty, valueUsd, outside,
                brandTaste(user, OUTSIDE), Double.NEGATIVE_INFINITY, probabilities, null);
        for (int c = 0; c <= n; c++) {
            probabilities[c] /= sum;
        }
    }

    /**
     * As above for a user who can self-host and sends {@code queries} queries a month: the probabilities of the
     * n candidates, of no AI ({@code probabilities[n]}) and, if self-hosting is offered this month, of
     * self-hosting ({@code probabilities[n + 1]}, else 0); {@code probabilities} needs n + 2 places.
     */
    public void probabilitiesWithSelfHosting(MarketSnapshot m, int[] candidates, int n, int user, int heldLab,
                                             double reasoningShare, double difficulty, double valueUsd, double queries,
                                             double[] probabilities) {
        double outside = success(reasoningShare, difficulty, m.noAiE, m.noAiE);
        double selfHost = selfHostUtility(m, user, reasoningShare, difficulty, valueUsd, queries);
        double sum = weights(m, candidates, n, user, heldLab, reasoningShare, difficulty, valueUsd, outside,
                brandTaste(user, OUTSIDE), selfHost, probabilities, null);
        if (selfHost == Double.NEGATIVE_INFINITY) {
            probabilities[n + 1] = 0;
        }
        for (int c = 0; c <= n + 1; c++) {
            probabilities[c] /= sum;
        }
    }

    /**
     * Utility, before the switching cost, of self-hosting for a user who can (MODEL.md §7.3): its success at the
     * self-hosted model's capability, plus its taste for self-hosting, less what its queries cost at this month's
     * price over its monthly value of AI work; -infinity if self-hosting is not offered this month.
     */
    public double selfHostUtility(MarketSnapshot m, int user, double reasoningShare, double difficulty,
                                  double valueUsd, double queries) {
        if (!m.selfHostingOffered()) {
            return Double.NEGATIVE_INFINITY;
        }
        return success(reasoningShare, difficulty, m.outsideEReasoning, m.outsideEIntuitive)
                + brandTaste(user, SELF_HOST) - priceBurden(selfHostCost(m, queries), valueUsd);
    }

    /** What {@code queries} self-hosted queries cost this month (USD). */
    public static double selfHostCost(MarketSnapshot m, double queries) {
        return queries * m.selfHostUsdPerQuery;
    }

    /**
     * The logit's unnormalised weights: {@code weights[c] = exp((u_c - max) / lambda)} for each lab's best
     * tier and the outside option (position n), 0 for the other tiers, and, if {@code selfHostUtility} is
     * finite, self-hosting (position n + 1, left untouched otherwise); returns their sum. {@code outside} is the
     * user's success on the outside option (no AI) and {@code outsideTaste} its taste for it; if {@code successes}
     * is not null it receives each candidate's success, so the tally need not evaluate the chosen one again.
     * A user holding a tier of {@code heldLab} (not {@link #OUTSIDE}) pays {@code switchingCost} on every
     * option of another lab and on the outside options: the cost of leaving its lab.
     */
    double weights(MarketSnapshot m, int[] candidates, int n, int user, int heldLab, double reasoningShare,
                   double difficulty, double valueUsd, double outside, double outsideTaste, double selfHostUtility,
                   double[] weights, double[] successes) {
        boolean habit = switchingCost != 0 && heldLab != OUTSIDE;
        double outsideUtility = habit ? outside + outsideTaste - switchingCost : outside + outsideTaste;
        boolean selfHost = selfHostUtility != Double.NEGATIVE_INFINITY;
        double selfHostU = habit ? selfHostUtility - switchingCost : selfHostUtility;
        double max = selfHost ? Math.max(outsideUtility, selfHostU) : outsideUtility;
        // pass 1: each candidate's utility; within a lab only the best tier stays (marked by a finite value)
        int best = -1;
        for (int c = 0; c < n; c++) {
            int o = candidates[c];
            double success = success(m, o, reasoningShare, difficulty);
            if (successes != null) {
                successes[c] = success;
            }
            double served = m.servedShare[o];
            double u = served * success + (1 - served) * outside - priceBurden(m.priceUsd[o], valueUsd);
            if (c > 0 && m.optionLab[o] != m.optionLab[candidates[c - 1]]) {
                best = -1;
            }
            // a best tier whose utility is -infinity (priced beyond a user with no value of work) counts as none
            if (best < 0 || weights[best] == Double.NEGATIVE_INFINITY || u > weights[best]) {
                if (best >= 0) {
                    weights[best] = Double.NEGATIVE_INFINITY;
                }
                weights[c] = u;
                best = c;
            } else {
                weights[c] = Double.NEGATIVE_INFINITY;
            }
        }
        for (int c = 0; c < n; c++) {
            if (weights[c] != Double.NEGATIVE_INFINITY) {
                int lab = m.optionLab[candidates[c]];
                weights[c] += brandTaste(user, lab);
                if (habit && lab != heldLab) {
                    weights[c] -= switchingCost;
                }
                max = Math.max(max, weights[c]);
            }
        }
        weights[n] = outsideUtility;
        // pass 2: logit over the labs' best tiers and the outside options
        double sum = 0;
        for (int c = 0; c <= n; c++) {
            double w = weights[c] == Double.NEGATIVE_INFINITY ? 0 : Math.exp((weights[c] - max) / logitScale);
            weights[c] = w;
            sum += w;
        }
        if (selfHost) {
            double w = Math.exp((selfHostU - max) / logitScale);
            weights[n + 1] = w;
            sum += w;
        }
        return sum;
    }

    /** Draws one option (or {@link #OUTSIDE}) by inverse CDF at uniform {@code u}. */
    public int choose(MarketSnapshot m, int[] candidates, int n, int user, double reasoningShare, double difficulty,
                      double valueUsd, double[] scratch, double u) {
        double outside = success(reasoningShare, difficulty, m.noAiE, m.noAiE);
        int c = chooseCandidate(m, candidates, n, user, OUTSIDE, reasoningShare, difficulty, valueUsd, outside,
                brandTaste(user, OUTSIDE), Double.NEGATIVE_INFINITY, scratch, null, u);
        return c < n ? candidates[c] : OUTSIDE;
    }

    /**
     * The user pass's choice: as {@link #choose}, given the user's outside success and taste and its
     * self-hosting utility ({@link #selfHostUtility}; -infinity if it cannot self-host), returning the
     * chosen candidate's position (n for the outside option, no AI; n + 1 for self-hosting), with every candidate's success left in
     * {@code successes} if not null. The inverse CDF runs over the normalised probabilities, each divided
     * only when the walk reaches it (the same quotients as {@link #probabilities}, fewer of them).
     */
    int chooseCandidate(MarketSnapshot m, int[] candidates, int n, int user, int heldLab, double reasoningShare,
                        double difficulty, double valueUsd, double outside, double outsideTaste, double selfHostUtility,
                        double[] scratch, double[] successes, double u) {
        double sum = weights(m, candidates, n, user, heldLab, reasoningShare, difficulty, valueUsd, outside,
                outsideTaste, selfHostUtility, scratch, successes);
        double cumulative = 0;
        for (int c = 0; c < n; c++) {
            double probability = scratch[c] / sum;
            cumulative += probability;
            if (probability > 0 && u < cumulative) {
                return c;
            }
        }
        if (selfHostUtility == Double.NEGATIVE_INFINITY) {
            return n;
        }
        double probability = scratch[n] / sum;
        cumulative += probability;
        return probability > 0 && u < cumulative ? n : n + 1;
    }

    private static double priceBurden(double price, double valueUsd) {
        if (price == 0) {
            return 0;
        }
        return valueUsd > 0 ? price / valueUsd : Double.POSITIVE_INFINITY;
    }

    private static int pick(double[] cumulative, int offset, int n, double u) {
        for (int a = 0; a < n - 1; a++) {
            if (u < cumulative[offset + a]) {
                return a;
            }
        }
        return n - 1;
    }

    private static boolean contains(int[] values, int n, int v) {
        for (int k = 0; k < n; k++) {
            if (values[k] == v) {
                return true;
            }
        }
        return false;
    }
}
