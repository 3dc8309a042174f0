package org.inferenceshift.market;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inferenceshift.users.Population;
import org.inferenceshift.users.UserColumns;

/**
 * The month's pass over all users: each user keeps its tier or, with probability reviewRate (or because
 * its tier is gone), re-chooses by {@link ChoiceModel}; then its choice and the capability it receives
 * are tallied. Users are cut into fixed chunks of {@link #CHUNK_SIZE}, each with its own generator
 * seeded once from the run's generator, so the outcome is identical for any number of threads.
 */
public final class UserPass implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int CHUNK_SIZE = 16_384;

    private final Chunk[] chunks;
    private final MarketTally total = new MarketTally();
    private final ChoiceModel choice;
    private final double reviewRate;
    private transient ExecutorService executor;
    private int threads = 1;
    private transient long lastPassNanos;
    /**
     * Each user's success in the last pass, reused for users whose option is unchanged (see
     * {@link UnchangedOptions}). Not checkpointed: after a restore the first pass evaluates every user,
     * which gives the same values.
     */
    private transient double[] lastSuccess;
    private transient UnchangedOptions unchanged;
    /**
     * Each user's taste for the outside option ({@link ChoiceModel#brandTaste}), which every review needs:
     * computed once per run (or after a restore) instead of once per review.
     */
    private transient double[] outsideTaste;

    public UserPass(int users, ChoiceModel choice, double reviewRate, MersenneTwisterFast seedSource) {
        this.choice = choice;
        this.reviewRate = reviewRate;
        int count = Math.max(1, (users + CHUNK_SIZE - 1) / CHUNK_SIZE);
        chunks = new Chunk[count];
        for (int c = 0; c < count; c++) {
            chunks[c] = new Chunk(c * CHUNK_SIZE, Math.min(users, (c + 1) * CHUNK_SIZE),
                    new MersenneTwisterFast(seedSource.nextLong()));
        }
    }

    /** Worker threads for the pass; results do not depend on it. */
    public void setThreads(int threads) {
        if (threads != this.threads) {
            shutdown();
        }
        this.threads = Math.max(1, threads);
    }

    public int threads() {
        return threads;
    }

    public ChoiceModel choiceModel() {
        return choice;
    }

    public MarketTally run(Population pop, MarketSnapshot m) {
        long started = System.nanoTime();
        boolean firstPass = lastSuccess == null || lastSuccess.length != pop.size();
        if (firstPass) {
            lastSuccess = new double[pop.size()];
            outsideTaste = new double[pop.size()];
            unchanged = new UnchangedOptions();
        }
        unchanged.update(m);
        PerUser perUser = new PerUser(lastSuccess, outsideTaste, firstPass);
        if (threads == 1 || chunks.length == 1) {
            for (Chunk chunk : chunks) {
                chunk.run(pop, m, choice, reviewRate, perUser, unchanged);
            }
        } else {
            runParallel(pop, m, perUser);
        }
        total.reset(m.optionCount, m.regionCount);
        for (Chunk chunk : chunks) {
            total.add(chunk.tally, m.optionCount, m.regionCount);
        }
        lastPassNanos = System.nanoTime() - started;
        return total;
    }

    /** Wall time of the last pass, for the benchmark; it never enters a result. */
    public long lastPassNanos() {
        return lastPassNanos;
    }

    /** The success user {@code user} was tallied with in the last pass. */
    double lastSuccess(int user) {
        return lastSuccess[user];
    }

    /** Whether the last pass could reuse successes of the month before (for the outside option or any tier). */
    boolean couldReuse(int options) {
        return unchanged != null && unchanged.anyUnchanged(options);
    }

    public MarketTally lastTally() {
        return total;
    }

    private void runParallel(Population pop, MarketSnapshot m, PerUser perUser) {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "user-pass");
                t.setDaemon(true);
                return t;
            });
        }
        List<Future<?>> futures = new ArrayList<>(chunks.length);
        for (Chunk chunk : chunks) {
            futures.add(executor.submit(() -> chunk.run(pop, m, choice, reviewRate, perUser, unchanged)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("user pass interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("user pass failed: " + e.getCause(), e.getCause());
        }
    }

    public void shutdown() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** The pass's own per-user columns, and whether this pass must first fill the outside tastes. */
    private record PerUser(double[] lastSuccess, double[] outsideTaste, boolean fillTastes) {
    }

    /** A fixed slice of users with its own generator, tally and scratch buffers. */
    private static final class Chunk implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;
        private final MersenneTwisterFast rng;
        private final MarketTally tally = new MarketTally();
        private int[] labsScratch = new int[0];
        private int[] candidates = new int[0];
        private double[] scratch = new double[0];
        private double[] successes = new double[0];

        Chunk(int from, int to, MersenneTwisterFast rng) {
            this.from = from;
            this.to = to;
            this.rng = rng;
        }

        private void ensureScratch(MarketSnapshot m) {
            if (labsScratch.length < m.labCount + 1) {
                labsScratch = new int[m.labCount + 1];
            }
            // successes is null in a chunk restored from a checkpoint written before it existed
            if (candidates.length < m.optionCount + 1 || successes == null || successes.length < m.optionCount + 1) {
                candidates = new int[m.optionCount + 1];
                scratch = new double[m.optionCount + 2];
                successes = new double[m.optionCount + 1];
            }
        }

        /**
         * Each user's choice, then its tally. The running sums are kept in locals and added in user order,
         * exactly as if added to the tally one user at a time. A user's success on the outside option and on
         * the option it chose while reviewing are evaluated once and reused by the tally; a user who keeps an
         * unchanged option reuses last month's success.
         */
        void run(Population pop, MarketSnapshot m, ChoiceModel choice, double reviewRate, PerUser perUser,
                 UnchangedOptions unchanged) {
            ensureScratch(m);
            double[] lastSuccess = perUser.lastSuccess();
            double[] outsideTaste = perUser.outsideTaste();
            if (perUser.fillTastes()) {
                for (int i = from; i < to; i++) {
                    outsideTaste[i] = choice.brandTaste(i, ChoiceModel.OUTSIDE);
                }
            }
            MarketTally t = tally;
            t.reset(m.optionCount, m.regionCount);
            UserColumns cols = UserColumns.of(pop);
            int options = m.optionCount;
            double outsideR = m.outsideEReasoning;
            double outsideI = m.outsideEIntuitive;
            boolean outsideUnchanged = unchanged.outsideUnchanged();
            double[] optionUsers = t.optionUsers;
            double[] optionQueries = t.optionQueries;
            double[] optionRegionQueries = t.optionRegionQueries;
            long[] histogram = t.successHistogram;
            double[] decileESum = t.decileESum;
            double[] decileCount = t.decileCount;
            double outsideUsers = 0;
            double outsideQueries = 0;
            double successSum = 0;
            double paidCount = 0;
            double paidESum = 0;
            double paidESquares = 0;
            double reviewers = 0;
            double switchers = 0;
            for (int i = from; i < to; i++) {
                int lab = cols.currentLab[i];
                int tier = cols.currentTier[i];
                int region = cols.region[i];
                if (lab >= 0) {
                    int[] remap = m.tierRemap[lab];
                    if (remap != null) {
                        tier = tier < remap.length ? remap[tier] : -1;
                    }
                    if (tier >= m.labTierCount[lab] || !m.available[region * m.labCount + lab]) {
                        tier = -1;
                    }
                }
                boolean lostTier = lab >= 0 && tier < 0;
                double s = cols.reasoningShare[i];
                double d = cols.difficultyE[i];
                int option = lab >= 0 && tier >= 0 ? m.labFirstOption[lab] + tier : ChoiceModel.OUTSIDE;
                double outside = Double.NaN;
                double chosenSuccess = Double.NaN;
                boolean reviewed = lostTier || rng.nextDouble() < reviewRate;
                if (reviewed) {
                    outside = choice.success(s, d, outsideR, outsideI);
                    int n = choice.considerationSet(m, region, lostTier ? -1 : lab, rng, labsScratch, candidates);
                    int c = choice.chooseCandidate(m, candidates, n, i, s, d, cols.valueUsdPerMonth[i], outside,
                            outsideTaste[i], scratch, successes, rng.nextDouble());
                    int chosen = ChoiceModel.OUTSIDE;
                    if (c < n) {
                        chosen = candidates[c];
                        chosenSuccess = successes[c];
                    }
                    reviewers++;
                    if (chosen != option) {
                        switchers++;
                    }
                    option = chosen;
                }
                double queries = cols.queriesPerMonth[i];
                double p;
                double e;
                if (option == ChoiceModel.OUTSIDE) {
                    if (lab != Population.OUTSIDE) {
                        cols.currentLab[i] = Population.OUTSIDE;
                        cols.currentTier[i] = 0;
                    }
                    if (reviewed) {
                        p = outside;
                    } else {
                        p = outsideUnchanged ? lastSuccess[i] : choice.success(s, d, outsideR, outsideI);
                    }
                    e = s * outsideR + (1 - s) * outsideI;
                    outsideUsers++;
                    outsideQueries += queries;
                } else {
                    int optionLab = m.optionLab[option];
                    int slot = option - m.labFirstOption[optionLab];
                    if (optionLab != lab || slot != cols.currentTier[i]) {
                        cols.currentLab[i] = (short) optionLab;
                        cols.currentTier[i] = (byte) slot;
                    }
                    double eR = m.eReasoning[option];
                    double eI = m.eIntuitive[option];
                    double served = m.servedShare[option];
                    boolean same = !reviewed && unchanged.unchanged(option);
                    p = same ? lastSuccess[i] : reviewed ? chosenSuccess : choice.success(s, d, eR, eI);
                    e = s * eR + (1 - s) * eI;
                    if (served < 1) {
                        if (!same) {
                            if (!reviewed) {
                                outside = choice.success(s, d, outsideR, outsideI);
                            }
                            p = served * p + (1 - served) * outside;
                        }
                        e = served * e + (1 - served) * (s * outsideR + (1 - s) * outsideI);
                    }
                    optionUsers[option]++;
                    optionQueries[option] += queries;
                    optionRegionQueries[region * options + option] += queries;
                    // unanswered queries of a rate-limited tier are self-hosted on the outside option
                    outsideQueries += (1 - served) * queries;
                }
                lastSuccess[i] = p;
                int bin = (int) (p * MarketTally.SUCCESS_BINS);
                histogram[Math.min(MarketTally.SUCCESS_BINS - 1, bin)]++;
                successSum += p;
                int decile = cols.incomeDecile[i];
                decileESum[decile] += e;
                decileCount[decile]++;
                if (option != ChoiceModel.OUTSIDE && m.priceUsd[option] > 0) {
                    paidCount++;
                    paidESum += e;
                    paidESquares += e * e;
                }
            }
            t.outsideUsers = outsideUsers;
            t.outsideQueries = outsideQueries;
            t.successSum = successSum;
            t.paidCount = paidCount;
            t.paidESum = paidESum;
            t.paidESquares = paidESquares;
            t.reviewers = reviewers;
            t.switchers = switchers;
        }
    }
}
