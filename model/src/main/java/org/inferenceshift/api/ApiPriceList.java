package org.inferenceshift.api;

import java.io.Serializable;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.market.AdaptiveTables;

/**
 * The month's API offers, flattened into primitive arrays so the buyer loop reads them without touching a
 * lab: one row per lab selling through its API (its deployed model), with its price per output token and
 * the inference rule of {@link AdaptiveTables} for its model (each query uses the smallest k, up to
 * k_max, at which its success reaches the target; k_max is the lowest of the plateau 10^P, the payoff limit
 * and the k at which a query would use more than serving.maxFlopPerTask). Rebuilt each month by
 * {@link ApiMarket#publish}, read-only during the pass.
 */
public final class ApiPriceList implements Serializable {
    private static final long serialVersionUID = 1L;

    int offers;
    int[] lab = new int[0];
    double[] markup = new double[0];
    /** USD per output token: serving cost per token times (1 + markup). */
    double[] pricePerToken = new double[0];
    /** Serving cost per output token at this month's serving FLOP price (2N / FLOP per dollar). */
    double[] costPerToken = new double[0];
    /** FLOP of one output token of the offer's model (2N). */
    double[] flopPerToken = new double[0];
    /** What one query costs a buyer at k = 1 (price per token times tokens per query). */
    double[] pricePerQueryAtOne = new double[0];
    final AdaptiveTables tables = new AdaptiveTables();

    void resize(int n) {
        offers = n;
        if (lab.length < n) {
            int capacity = Math.max(n, 2 * lab.length);
            lab = new int[capacity];
            markup = new double[capacity];
            pricePerToken = new double[capacity];
            costPerToken = new double[capacity];
            flopPerToken = new double[capacity];
            pricePerQueryAtOne = new double[capacity];
        }
        tables.resize(n);
    }

    /**
     * Writes offer {@code j}: lab {@code labIndex}'s model (base E, plateau P, throttle) at {@code markup} over
     * {@code costPerToken}, with its inference rule tabulated for both task classes.
     *
     * @param maxOom      log10 of the largest k the API serves (plateau, payoff limit and FLOP-per-task bound)
     * @param targetShift L = w ln(p* / (1 - p*)) of the adaptive rule
     */
    void set(int j, int labIndex, double markup, double costPerToken, double flopPerToken, double tokensPerQuery,
             CapabilityFunction capability, double baseE, double plateau, double throttle, double maxOomReasoning,
             double maxOomIntuitive, double targetShift) {
        lab[j] = labIndex;
        this.markup[j] = markup;
        this.costPerToken[j] = costPerToken;
        this.flopPerToken[j] = flopPerToken;
        pricePerToken[j] = (1 + markup) * costPerToken;
        pricePerQueryAtOne[j] = pricePerToken[j] * tokensPerQuery;
        tables.build(j, TaskClass.REASONING, capability, baseE, plateau, throttle, maxOomReasoning, targetShift);
        tables.build(j, TaskClass.INTUITIVE, capability, baseE, plateau, throttle, maxOomIntuitive, targetShift);
    }

    public int offers() { return offers; }
    public int lab(int j) { return lab[j]; }
    public double markup(int j) { return markup[j]; }
    public double pricePerMillionTokens(int j) { return pricePerToken[j] * 1e6; }
    public double costPerMillionTokens(int j) { return costPerToken[j] * 1e6; }

    /** The k a query of class {@code task} (0 reasoning, 1 intuitive) and difficulty d uses on offer j. */
    public double queryK(int j, int task, double d) {
        return tables.k(AdaptiveTables.CLASSES * j + task, d);
    }

    /** The capability such a query is served at. */
    public double queryE(int j, int task, double d) {
        return tables.e(AdaptiveTables.CLASSES * j + task, d);
    }
}
