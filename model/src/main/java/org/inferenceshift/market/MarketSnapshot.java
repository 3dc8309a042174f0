package org.inferenceshift.market;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What users can buy this month, flattened into primitive arrays so the user loop reads it without
 * touching a lab object: one row per option (a lab's tier), plus the outside option. Rebuilt once per
 * step by {@link SnapshotBuilder} before the user pass, read-only during it.
 */
public final class MarketSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    int labCount;
    int[] labFirstOption = new int[0];
    int[] labTierCount = new int[0];
    int[][] tierRemap = new int[0][];

    int optionCount;
    int[] optionLab = new int[0];
    double[] priceUsd = new double[0];
    double[] multiplier = new double[0];
    double[] eReasoning = new double[0];
    double[] eIntuitive = new double[0];
    double[] flopPerQuery = new double[0];
    /** Share of a subscriber's queries the option answers; the rest go to the outside option (free tiers). */
    double[] servedShare = new double[0];
    /** Whether the option's k is a cap that each query uses only as far as it needs (MODEL.md §7.6). */
    boolean[] adaptive = new boolean[0];
    /** FLOP of one query at k = 1 (an adaptive option's queries cost this times the k each used). */
    double[] flopPerQueryAtOne = new double[0];
    /** What an adaptive option's tables are a function of (with the run's constants): base E, plateau, throttle. */
    double[] baseE = new double[0];
    double[] plateau = new double[0];
    double[] throttle = new double[0];
    double[] log10Multiplier = new double[0];
    final AdaptiveTables tables = new AdaptiveTables();
    /** Share of the flagship's parameters the option's model has (1: the flagship; below: its distilled model). */
    double[] sizeFraction = new double[0];

    /**
     * Per region r: the labs a user there can become aware of (those selling there), in
     * {@code awareLabs[r * labCount ...]}, with cumulative awareness weights for drawing them.
     */
    int regionCount = 1;
    int[] awareCount = new int[1];
    int[] awareLabs = new int[0];
    double[] awarenessCumulative = new double[0];
    /** Whether lab l sells in region r: {@code available[r * labCount + l]}. */
    boolean[] available = new boolean[0];

    /**
     * The self-hosting option's capability (MODEL.md §7.3): the best released open-weight model less the
     * self-hosting penalty, or no AI's without one (as the single outside option was before issue 18 item 3).
     */
    double outsideEReasoning;
    double outsideEIntuitive;
    /** Lab whose open-weight model self-hosters run (-1: none) and its FLOP per query at k = 1. */
    int outsideModelLab = -1;
    double outsideFlopPerQuery;
    /**
     * Whether the outside option is split (issue 18 item 3) into no AI, open to everyone, and self-hosting, open
     * to technical users while an open-weight model exists; false: one free outside option at the self-hosting
     * capability, the rule before it.
     */
    boolean splitOutside;
    /**
     * Capability of no AI at all, which is also what a rate-limited tier's unanswered queries get; without the
     * split, the single outside option's ({@link #outsideEReasoning}).
     */
    double noAiE;
    /**
     * What one self-hosted query costs this month (USD): its FLOP at k = 1 times the month's price of a FLOP
     * ({@link SnapshotBuilder#priceSelfHosting}); 0 without the split.
     */
    double selfHostUsdPerQuery;

    void resizeLabs(int labs, int regions) {
        labCount = labs;
        regionCount = regions;
        if (labFirstOption.length < labs) {
            labFirstOption = new int[labs];
            labTierCount = new int[labs];
            tierRemap = new int[labs][];
        }
        if (available.length < labs * regions) {
            available = new boolean[labs * regions];
            awareLabs = new int[labs * regions];
            awarenessCumulative = new double[labs * regions];
        }
        if (awareCount.length < regions) {
            awareCount = new int[regions];
        }
        Arrays.fill(tierRemap, null);
        Arrays.fill(labTierCount, 0);
        Arrays.fill(available, false);
        Arrays.fill(awareCount, 0);
    }

    void resizeOptions(int options) {
        optionCount = options;
        if (optionLab.length < options) {
            int capacity = Math.max(options, optionLab.length * 2);
            optionLab = new int[capacity];
            priceUsd = new double[capacity];
            multiplier = new double[capacity];
            eReasoning = new double[capacity];
            eIntuitive = new double[capacity];
            flopPerQuery = new double[capacity];
            servedShare = new double[capacity];
            adaptive = new boolean[capacity];
            flopPerQueryAtOne = new double[capacity];
            baseE = new double[capacity];
            plateau = new double[capacity];
            throttle = new double[capacity];
            log10Multiplier = new double[capacity];
            sizeFraction = new double[capacity];
        }
        tables.resize(options);
    }

    public int labCount() { return labCount; }
    public int optionCount() { return optionCount; }
    public int firstOption(int lab) { return labFirstOption[lab]; }
    public int tierCount(int lab) { return lab < labCount ? labTierCount[lab] : 0; }
    public int optionLab(int option) { return optionLab[option]; }
    public double price(int option) { return priceUsd[option]; }
    public double multiplier(int option) { return multiplier[option]; }
    public double eReasoning(int option) { return eReasoning[option]; }
    public double eIntuitive(int option) { return eIntuitive[option]; }
    public double flopPerQuery(int option) { return flopPerQuery[option]; }
    public double servedShare(int option) { return servedShare[option]; }
    public boolean adaptive(int option) { return adaptive[option]; }
    public double flopPerQueryAtOne(int option) { return flopPerQueryAtOne[option]; }

    /**
     * The capability a query of class {@code task} (0 reasoning, 1 intuitive) and difficulty d is served
     * at on option {@code option}: its tier's E for a fixed tier, the adaptive rule's for an adaptive one.
     */
    public double queryE(int option, int task, double d) {
        if (!adaptive[option]) {
            return task == 0 ? eReasoning[option] : eIntuitive[option];
        }
        return tables.e(AdaptiveTables.CLASSES * option + task, d);
    }

    /**
     * Mean E a user with reasoning share s and difficulty d receives on {@code option} (a tier option, not the
     * outside one): each class at the E its query is served at, and a rate-limited tier's unanswered share at
     * no AI's E ({@link #noAiE}). The user pass and the GUI's user sample read this one rule.
     */
    public double receivedE(int option, double s, double d) {
        double e = adaptive[option] ? s * queryE(option, 0, d) + (1 - s) * queryE(option, 1, d)
                : s * eReasoning[option] + (1 - s) * eIntuitive[option];
        double served = servedShare[option];
        return served < 1 ? served * e + (1 - served) * noAiE : e;
    }

    /** The inference multiplier such a query requests and is costed by (the tier's k for a fixed tier). */
    public double queryK(int option, int task, double d) {
        if (!adaptive[option]) {
            return multiplier[option];
        }
        return tables.k(AdaptiveTables.CLASSES * option + task, d);
    }

    /** log10 of {@link #queryK}. */
    public double queryLog10K(int option, int task, double d) {
        if (!adaptive[option]) {
            return log10Multiplier[option];
        }
        return tables.log10k(AdaptiveTables.CLASSES * option + task, d);
    }
    public double sizeFraction(int option) { return sizeFraction[option]; }
    public double outsideEReasoning() { return outsideEReasoning; }
    public double outsideEIntuitive() { return outsideEIntuitive; }
    public int outsideModelLab() { return outsideModelLab; }
    public double outsideFlopPerQuery() { return outsideFlopPerQuery; }
    public boolean splitOutside() { return splitOutside; }
    public double noAiE() { return noAiE; }
    public double selfHostUsdPerQuery() { return selfHostUsdPerQuery; }
    /** Whether a user who can self-host has self-hosting among its options this month. */
    public boolean selfHostingOffered() { return splitOutside && outsideModelLab >= 0; }
    public int regionCount() { return regionCount; }
    public boolean available(int region, int lab) { return available[region * labCount + lab]; }
    /** Labs a user in {@code region} can be drawn to consider (those selling there). */
    public int awareCount(int region) { return awareCount[region]; }
    /** The {@code a}-th of those labs. */
    public int awareLab(int region, int a) { return awareLabs[region * labCount + a]; }
    /** Cumulative awareness weight of the first {@code a + 1} of those labs (1 for the last). */
    public double awarenessCumulative(int region, int a) { return awarenessCumulative[region * labCount + a]; }
}
