package org.inferenceshift.api;

import java.io.Serializable;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.market.AdaptiveTables;

/**
 * The month's API offers, flattened into primitive arrays so the buyer loop reads them without touching a
 * lab: one offer per lab selling through its API (its deployed model), with its price per output token and
 * its reasoning-effort levels (as APIs let a caller set a reasoning effort or thinking budget). Level i caps
 * k at {@code min(10^i, k_max)}, i = 0, 1, ..., up to the level that reaches k_max, the lowest of the plateau
 * 10^P, the payoff limit of the inference rule and the k at which a query would use more than
 * serving.maxFlopPerTask. Under a cap each query uses the inference rule of {@link AdaptiveTables} (the
 * smallest k reaching the target success), as on a subscriber's adaptive tier. Rebuilt each month by
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
    /** The offer's effort levels are table rows firstLevel[j] .. firstLevel[j] + levels[j] - 1. */
    int[] firstLevel = new int[0];
    int[] levels = new int[0];
    int rows;
    /** Whether a row's intuitive rule is the previous row's (its cap does not bind), so a buyer reuses it. */
    boolean[] sameIntuitive = new boolean[0];
    /** A row's cap on a reasoning query's k: min(10^level, k_max). */
    double[] reasoningCapK = new double[0];
    final AdaptiveTables tables = new AdaptiveTables();
    /**
     * What offer j's rows were tabulated from (the inputs of {@link AdaptiveTables#build} other than the cap,
     * which follows from them): its capability function and {@link #KEY} numbers per offer (base E, plateau,
     * throttle, largest reasoning and intuitive k in OOM, target shift). Equal inputs give equal rows, so the
     * pass may reuse what it evaluated on rows made from the same inputs. Not saved: rebuilt every month.
     */
    transient CapabilityFunction[] tableCapability;
    transient double[] tableKey;
    static final int KEY = 6;

    void resize(int n, int maxRows) {
        offers = n;
        rows = 0;
        if (lab.length < n) {
            int capacity = Math.max(n, 2 * lab.length);
            lab = new int[capacity];
            markup = new double[capacity];
            pricePerToken = new double[capacity];
            costPerToken = new double[capacity];
            flopPerToken = new double[capacity];
            pricePerQueryAtOne = new double[capacity];
            firstLevel = new int[capacity];
            levels = new int[capacity];
        }
        if (tableKey == null || tableCapability.length < n) {
            int capacity = Math.max(n, lab.length);
            tableCapability = new CapabilityFunction[capacity];
            tableKey = new double[KEY * capacity];
        }
        if (sameIntuitive.length < maxRows) {
            sameIntuitive = new boolean[Math.max(maxRows, 2 * sameIntuitive.length)];
            reasoningCapK = new double[sameIntuitive.length];
        }
        tables.resize(maxRows);
    }

    /** Effort levels of an offer whose largest k is 10^maxOom: caps 10^0, 10^1, ... and 10^maxOom. */
    static int levelCount(double maxOom) {
        return 1 + (int) Math.ceil(Math.max(0, maxOom));
    }

    /**
     * Writes offer {@code j}: lab {@code labIndex}'s model (base E, plateau P, throttle) at {@code markup} over
     * {@code costPerToken}, with its inference rule tabulated for both task classes at each effort level.
     *
     * @param maxOomReasoning log10 of the largest k a reasoning query may use (plateau, payoff, FLOP bound)
     * @param targetShift     L = w ln(p* / (1 - p*)) of the adaptive rule
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
        tableCapability[j] = capability;
        int key = KEY * j;
        tableKey[key] = baseE;
        tableKey[key + 1] = plateau;
        tableKey[key + 2] = throttle;
        tableKey[key + 3] = maxOomReasoning;
        tableKey[key + 4] = maxOomIntuitive;
        tableKey[key + 5] = targetShift;
        int count = levelCount(Math.max(maxOomReasoning, maxOomIntuitive));
        firstLevel[j] = rows;
        levels[j] = count;
        double previousIntuitive = Double.NaN;
        for (int i = 0; i < count; i++, rows++) {
            double capReasoning = Math.min(i, maxOomReasoning);
            double capIntuitive = Math.min(i, maxOomIntuitive);
            tables.build(rows, TaskClass.REASONING, capability, baseE, plateau, throttle, capReasoning, targetShift);
            tables.build(rows, TaskClass.INTUITIVE, capability, baseE, plateau, throttle, capIntuitive, targetShift);
            sameIntuitive[rows] = capIntuitive == previousIntuitive;
            reasoningCapK[rows] = Math.pow(10, Math.max(0, capReasoning));
            previousIntuitive = capIntuitive;
        }
    }

    public int offers() { return offers; }
    public int lab(int j) { return lab[j]; }
    public double markup(int j) { return markup[j]; }
    public double pricePerMillionTokens(int j) { return pricePerToken[j] * 1e6; }
    public double costPerMillionTokens(int j) { return costPerToken[j] * 1e6; }
    /** Effort levels offer j sells (level i caps k at 10^i, the last at the offer's largest k). */
    public int levels(int j) { return levels[j]; }

    /** The k a query of class {@code task} (0 reasoning, 1 intuitive) and difficulty d uses on offer j at effort level i. */
    public double queryK(int j, int level, int task, double d) {
        return tables.k(AdaptiveTables.CLASSES * (firstLevel[j] + level) + task, d);
    }

    /** The capability such a query is served at. */
    public double queryE(int j, int level, int task, double d) {
        return tables.e(AdaptiveTables.CLASSES * (firstLevel[j] + level) + task, d);
    }
}
