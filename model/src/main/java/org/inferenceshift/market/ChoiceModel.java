package org.inferenceshift.market;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.inferenceshift.capability.CapabilityFunction;

/**
 * DESIGN §6: a reviewing user's multinomial logit over its consideration set plus the outside option.
 *
 * <p>Utility of option j, in units of the user's monthly value of AI work V:
 * {@code u_j = s * p(E_reasoning_j) + (1 - s) * p(E_intuitive_j) - price_j / V}, and
 * {@code P(j) = exp(u_j / lambda) / sum_m exp(u_m / lambda)}. Dividing by V makes price matter less to
 * users whose work is worth more. The outside option has price 0.
 *
 * <p>All methods work on caller-owned scratch arrays: nothing is allocated per user.
 */
public final class ChoiceModel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Marks the outside option in candidate and choice positions. */
    public static final int OUTSIDE = -1;

    private final double logitScale;
    private final double successWidth;
    private final int considerationLabs;

    public ChoiceModel(double logitScale, double successWidth, int considerationLabs) {
        this.logitScale = logitScale;
        this.successWidth = successWidth;
        this.considerationLabs = considerationLabs;
    }

    public double successWidth() {
        return successWidth;
    }

    /** Expected success share over the user's task mix at an option's two capabilities. */
    public double success(double reasoningShare, double difficulty, double eReasoning, double eIntuitive) {
        return reasoningShare * CapabilityFunction.success(eReasoning, difficulty, successWidth)
                + (1 - reasoningShare) * CapabilityFunction.success(eIntuitive, difficulty, successWidth);
    }

    /**
     * Fills {@code candidates} with the options of the current lab (if it still sells) and of up to
     * {@code considerationLabs} labs drawn by awareness; returns how many options were written.
     */
    public int considerationSet(MarketSnapshot m, int currentLab, MersenneTwisterFast rng, int[] labsScratch,
                                int[] candidates) {
        int labs = 0;
        if (currentLab >= 0 && m.tierCount(currentLab) > 0) {
            labsScratch[labs++] = currentLab;
        }
        for (int draw = 0; draw < considerationLabs && m.awareCount > 0; draw++) {
            int lab = m.awareLabs[pick(m.awarenessCumulative, m.awareCount, rng.nextDouble())];
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
     * outside option. They sum to one.
     */
    public void probabilities(MarketSnapshot m, int[] candidates, int n, double reasoningShare, double difficulty,
                              double valueUsd, double[] probabilities) {
        double outside = success(reasoningShare, difficulty, m.outsideEReasoning, m.outsideEIntuitive);
        double max = outside;
        for (int c = 0; c < n; c++) {
            int o = candidates[c];
            double u = success(reasoningShare, difficulty, m.eReasoning[o], m.eIntuitive[o])
                    - priceBurden(m.priceUsd[o], valueUsd);
            probabilities[c] = u;
            max = Math.max(max, u);
        }
        probabilities[n] = outside;
        double sum = 0;
        for (int c = 0; c <= n; c++) {
            double w = Math.exp((probabilities[c] - max) / logitScale);
            probabilities[c] = w;
            sum += w;
        }
        for (int c = 0; c <= n; c++) {
            probabilities[c] /= sum;
        }
    }

    /** Draws one option (or {@link #OUTSIDE}) by inverse CDF at uniform {@code u}. */
    public int choose(MarketSnapshot m, int[] candidates, int n, double reasoningShare, double difficulty,
                      double valueUsd, double[] scratch, double u) {
        probabilities(m, candidates, n, reasoningShare, difficulty, valueUsd, scratch);
        double cumulative = 0;
        for (int c = 0; c < n; c++) {
            cumulative += scratch[c];
            if (u < cumulative) {
                return candidates[c];
            }
        }
        return OUTSIDE;
    }

    private static double priceBurden(double price, double valueUsd) {
        if (price == 0) {
            return 0;
        }
        return valueUsd > 0 ? price / valueUsd : Double.POSITIVE_INFINITY;
    }

    private static int pick(double[] cumulative, int n, double u) {
        for (int a = 0; a < n - 1; a++) {
            if (u < cumulative[a]) {
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
