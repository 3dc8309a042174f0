package org.inferenceshift.market;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one month's user pass observed, in agent units (multiply by people per agent for people):
 * subscribers and queries per option, plus the access statistics the metrics need. A tally is filled
 * per chunk and the chunk tallies are added in chunk order, so sums do not depend on thread count.
 */
public final class MarketTally implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Bins of the success-probability histogram used for the access Gini (width 1/4096). */
    public static final int SUCCESS_BINS = 4096;
    public static final int DECILES = 10;
    /** Bins of the histogram of answered queries by log10 k: 0.01 OOM wide, centred on 0, 0.01, ..., 10. */
    public static final int K_BINS = 1001;
    public static final double K_BIN_OOM = 0.01;

    double[] optionUsers = new double[0];
    double[] optionQueries = new double[0];
    /** Queries by region and option: {@code optionRegionQueries[region * options + option]}. */
    double[] optionRegionQueries = new double[0];
    /** Sum over an option's users of queries times the mean k their queries used. */
    double[] optionKQueries = new double[0];
    /** Answered queries (served share of each user's) by the log10 k they used, bins of {@link #K_BIN_OOM}. */
    final double[] kHistogram = new double[K_BINS];
    double outsideUsers;
    double outsideQueries;
    final long[] successHistogram = new long[SUCCESS_BINS];
    double successSum;
    final double[] decileESum = new double[DECILES];
    final double[] decileCount = new double[DECILES];
    double paidCount;
    double paidESum;
    double paidESquares;
    double reviewers;
    double switchers;
    /** Users who held a lab's tier at the start of the month, and those of them who hold none of it at its end. */
    double labHolders;
    double labLeavers;
    /** People who do not use AI yet: neither on a tier nor on the outside option. */
    double notYetUsingAi;
    /** Of the outside option's users, those on no AI and those self-hosting, with the self-hosters' queries and spend (USD). */
    double noAiUsers;
    double selfHosters;
    double selfHostQueries;
    double selfHostSpendUsd;

    void reset(int options, int regions) {
        if (optionUsers.length < options) {
            optionUsers = new double[Math.max(options, optionUsers.length * 2)];
            optionQueries = new double[optionUsers.length];
            optionKQueries = new double[optionUsers.length];
        }
        if (optionRegionQueries.length < options * regions) {
            optionRegionQueries = new double[Math.max(options * regions, optionRegionQueries.length * 2)];
        }
        Arrays.fill(optionUsers, 0);
        Arrays.fill(optionQueries, 0);
        Arrays.fill(optionKQueries, 0);
        Arrays.fill(kHistogram, 0);
        Arrays.fill(optionRegionQueries, 0);
        outsideUsers = 0;
        outsideQueries = 0;
        Arrays.fill(successHistogram, 0);
        successSum = 0;
        Arrays.fill(decileESum, 0);
        Arrays.fill(decileCount, 0);
        paidCount = 0;
        paidESum = 0;
        paidESquares = 0;
        reviewers = 0;
        switchers = 0;
        labHolders = 0;
        labLeavers = 0;
        notYetUsingAi = 0;
        noAiUsers = 0;
        selfHosters = 0;
        selfHostQueries = 0;
        selfHostSpendUsd = 0;
    }

    /** Counts one person who does not use AI yet. */
    void countNotYetUsingAi() {
        notYetUsingAi++;
    }

    /** Counts one user who held a lab's tier at the start of the month, and whether it left that lab. */
    void countHolder(boolean left) {
        labHolders++;
        if (left) {
            labLeavers++;
        }
    }

    /** Counts one review, and a switch if the reviewing user left the option it held. */
    void countReview(boolean switched) {
        reviewers++;
        if (switched) {
            switchers++;
        }
    }

    /**
     * Counts one user on {@code option} (or {@link ChoiceModel#OUTSIDE}, no AI, or {@link ChoiceModel#SELF_HOST},
     * both the outside option, self-hosting with its queries and their cost) of snapshot {@code m}: its queries
     * (the unanswered share of a rate-limited tier's go to the outside option), the success and the mean E
     * it receives, by income decile and, on a paid tier, in the subscribers' moments; on a tier, the k its
     * queries used (its reasoning share s at the reasoning class's k for difficulty d, the rest at the
     * intuitive class's), in the option's k-weighted queries and the histogram of k.
     */
    void countUser(MarketSnapshot m, int option, int region, double queries, int decile, double success, double e,
                   double s, double d) {
        if (option < 0) {
            outsideUsers++;
            outsideQueries += queries;
            if (option == ChoiceModel.SELF_HOST) {
                selfHosters++;
                selfHostQueries += queries;
                selfHostSpendUsd += ChoiceModel.selfHostCost(m, queries);
            } else {
                noAiUsers++;
            }
        } else {
            optionUsers[option]++;
            optionQueries[option] += queries;
            optionRegionQueries[region * m.optionCount + option] += queries;
            outsideQueries += (1 - m.servedShare[option]) * queries;
            countMultiplier(m, option, queries, s, d);
        }
        successHistogram[Math.min(SUCCESS_BINS - 1, (int) (success * SUCCESS_BINS))]++;
        successSum += success;
        decileESum[decile] += e;
        decileCount[decile]++;
        if (option >= 0 && m.priceUsd[option] > 0) {
            paidCount++;
            paidESum += e;
            paidESquares += e * e;
        }
    }

    private void countMultiplier(MarketSnapshot m, int option, double queries, double s, double d) {
        double answered = queries * m.servedShare[option];
        if (!m.adaptive[option]) {
            optionKQueries[option] += queries * m.multiplier[option];
            kHistogram[kBin(m.log10Multiplier[option])] += answered;
            return;
        }
        double kReasoning = m.queryK(option, 0, d);
        double kIntuitive = m.queryK(option, 1, d);
        optionKQueries[option] += queries * (s * kReasoning + (1 - s) * kIntuitive);
        kHistogram[kBin(m.queryLog10K(option, 0, d))] += answered * s;
        kHistogram[kBin(m.queryLog10K(option, 1, d))] += answered * (1 - s);
    }

    /** The histogram bin of log10 k (nearest multiple of the bin width, within [0, 10]). */
    static int kBin(double log10k) {
        int bin = (int) Math.round(log10k / K_BIN_OOM);
        return Math.max(0, Math.min(K_BINS - 1, bin));
    }

    void add(MarketTally other, int options, int regions) {
        for (int o = 0; o < options; o++) {
            optionUsers[o] += other.optionUsers[o];
            optionQueries[o] += other.optionQueries[o];
            optionKQueries[o] += other.optionKQueries[o];
        }
        for (int b = 0; b < K_BINS; b++) {
            kHistogram[b] += other.kHistogram[b];
        }
        for (int k = 0; k < options * regions; k++) {
            optionRegionQueries[k] += other.optionRegionQueries[k];
        }
        outsideUsers += other.outsideUsers;
        outsideQueries += other.outsideQueries;
        for (int b = 0; b < SUCCESS_BINS; b++) {
            successHistogram[b] += other.successHistogram[b];
        }
        successSum += other.successSum;
        for (int d = 0; d < DECILES; d++) {
            decileESum[d] += other.decileESum[d];
            decileCount[d] += other.decileCount[d];
        }
        paidCount += other.paidCount;
        paidESum += other.paidESum;
        paidESquares += other.paidESquares;
        reviewers += other.reviewers;
        switchers += other.switchers;
        labHolders += other.labHolders;
        labLeavers += other.labLeavers;
        notYetUsingAi += other.notYetUsingAi;
        noAiUsers += other.noAiUsers;
        selfHosters += other.selfHosters;
        selfHostQueries += other.selfHostQueries;
        selfHostSpendUsd += other.selfHostSpendUsd;
    }

    public double optionUsers(int option) { return optionUsers[option]; }
    public double optionQueries(int option) { return optionQueries[option]; }
    /** Queries users of {@code region} sent to {@code option} (options count given by the snapshot). */
    public double optionRegionQueries(int region, int option, int options) { return optionRegionQueries[region * options + option]; }
    /** Queries of option {@code option}'s users times the k each query used, summed. */
    public double optionKQueries(int option) { return optionKQueries[option]; }

    /**
     * The k below which a share {@code q} of answered tier queries lies, from the histogram (to the bin's
     * centre, 0.01 OOM); NaN with no answered query.
     */
    public double queryMultiplierQuantile(double q) {
        double total = 0;
        for (double w : kHistogram) {
            total += w;
        }
        if (!(total > 0)) {
            return Double.NaN;
        }
        double cumulative = 0;
        for (int b = 0; b < K_BINS; b++) {
            cumulative += kHistogram[b];
            if (cumulative >= q * total) {
                return Math.pow(10, b * K_BIN_OOM);
            }
        }
        return Math.pow(10, (K_BINS - 1) * K_BIN_OOM);
    }

    public double outsideUsers() { return outsideUsers; }
    public double outsideQueries() { return outsideQueries; }
    public long[] successHistogram() { return successHistogram.clone(); }
    public double successSum() { return successSum; }
    public double decileMeanE(int decile) { return decileESum[decile] / Math.max(1, decileCount[decile]); }
    /** Mean E received by the richest income decile minus that of the poorest. */
    public double decileGapE() {
        return decileMeanE(DECILES - 1) - decileMeanE(0);
    }

    public double paidCount() { return paidCount; }
    public double paidMeanE() { return paidESum / Math.max(1, paidCount); }

    public double paidSdE() {
        if (paidCount < 2) {
            return 0;
        }
        double mean = paidESum / paidCount;
        return Math.sqrt(Math.max(0, paidESquares / paidCount - mean * mean));
    }

    public double reviewers() { return reviewers; }
    public double switchers() { return switchers; }
    /** Users who held a lab's tier at the start of the month. */
    public double labHolders() { return labHolders; }
    /** Of {@link #labHolders}, those who hold no tier of that lab at the end of the month (to a rival or outside). */
    public double labLeavers() { return labLeavers; }
    /** Agents not using AI yet (not counted by {@link #totalUsers}). */
    public double notYetUsingAi() { return notYetUsingAi; }

    /** Agents on the outside option using no AI (without the split outside option: all of them). */
    public double noAiUsers() { return noAiUsers; }
    /** Agents self-hosting an open-weight model. */
    public double selfHosters() { return selfHosters; }
    /** Queries self-hosters sent (agent units), all answered by the self-hosted model at k = 1. */
    public double selfHostQueries() { return selfHostQueries; }
    /** What self-hosters paid for their inference this month (USD, agent units). */
    public double selfHostSpendUsd() { return selfHostSpendUsd; }

    /** Agents counted, over every option and the outside option: the people using AI. */
    public double totalUsers(int options) {
        double sum = outsideUsers;
        for (int o = 0; o < options; o++) {
            sum += optionUsers[o];
        }
        return sum;
    }
}
