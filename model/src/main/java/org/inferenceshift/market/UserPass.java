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
        if (threads == 1 || chunks.length == 1) {
            for (Chunk chunk : chunks) {
                chunk.run(pop, m, choice, reviewRate);
            }
        } else {
            runParallel(pop, m);
        }
        total.reset(m.optionCount, m.regionCount);
        for (Chunk chunk : chunks) {
            total.add(chunk.tally, m.optionCount, m.regionCount);
        }
        return total;
    }

    public MarketTally lastTally() {
        return total;
    }

    private void runParallel(Population pop, MarketSnapshot m) {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "user-pass");
                t.setDaemon(true);
                return t;
            });
        }
        List<Future<?>> futures = new ArrayList<>(chunks.length);
        for (Chunk chunk : chunks) {
            futures.add(executor.submit(() -> chunk.run(pop, m, choice, reviewRate)));
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

        Chunk(int from, int to, MersenneTwisterFast rng) {
            this.from = from;
            this.to = to;
            this.rng = rng;
        }

        private void ensureScratch(MarketSnapshot m) {
            if (labsScratch.length < m.labCount + 1) {
                labsScratch = new int[m.labCount + 1];
            }
            if (candidates.length < m.optionCount + 1) {
                candidates = new int[m.optionCount + 1];
                scratch = new double[m.optionCount + 2];
            }
        }

        void run(Population pop, MarketSnapshot m, ChoiceModel choice, double reviewRate) {
            ensureScratch(m);
            tally.reset(m.optionCount, m.regionCount);
            UserColumns cols = UserColumns.of(pop);
            for (int i = from; i < to; i++) {
                int lab = cols.currentLab[i];
                int tier = cols.currentTier[i];
                if (lab >= 0) {
                    int[] remap = m.tierRemap[lab];
                    if (remap != null) {
                        tier = tier < remap.length ? remap[tier] : -1;
                    }
                    if (tier >= m.labTierCount[lab] || !m.available[cols.region[i] * m.labCount + lab]) {
                        tier = -1;
                    }
                }
                boolean lostTier = lab >= 0 && tier < 0;
                double s = cols.reasoningShare[i];
                double d = cols.difficultyE[i];
                int option = lab >= 0 && tier >= 0 ? m.labFirstOption[lab] + tier : ChoiceModel.OUTSIDE;
                if (lostTier || rng.nextDouble() < reviewRate) {
                    int n = choice.considerationSet(m, cols.region[i], lostTier ? -1 : lab, rng, labsScratch, candidates);
                    int chosen = choice.choose(m, candidates, n, i, s, d, cols.valueUsdPerMonth[i], scratch, rng.nextDouble());
                    tally.reviewers++;
                    if (chosen != option) {
                        tally.switchers++;
                    }
                    option = chosen;
                }
                if (option == ChoiceModel.OUTSIDE) {
                    cols.currentLab[i] = Population.OUTSIDE;
                    cols.currentTier[i] = 0;
                } else {
                    cols.currentLab[i] = (short) m.optionLab[option];
                    cols.currentTier[i] = (byte) (option - m.labFirstOption[m.optionLab[option]]);
                }
                record(option, s, d, cols.queriesPerMonth[i], cols.incomeDecile[i], cols.region[i], m, choice);
            }
        }

        private void record(int option, double s, double d, double queries, int decile, int region, MarketSnapshot m,
                            ChoiceModel choice) {
            double p;
            double e;
            if (option == ChoiceModel.OUTSIDE) {
                p = choice.success(s, d, m.outsideEReasoning, m.outsideEIntuitive);
                e = s * m.outsideEReasoning + (1 - s) * m.outsideEIntuitive;
                tally.outsideUsers++;
                tally.outsideQueries += queries;
            } else {
                double eR = m.eReasoning[option];
                double eI = m.eIntuitive[option];
                double served = m.servedShare[option];
                p = choice.success(s, d, eR, eI);
                e = s * eR + (1 - s) * eI;
                if (served < 1) {
                    p = served * p + (1 - served) * choice.success(s, d, m.outsideEReasoning, m.outsideEIntuitive);
                    e = served * e + (1 - served) * (s * m.outsideEReasoning + (1 - s) * m.outsideEIntuitive);
                }
                tally.optionUsers[option]++;
                tally.optionQueries[option] += queries;
                tally.optionRegionQueries[region * m.optionCount + option] += queries;
                // unanswered queries of a rate-limited tier are self-hosted on the outside option
                tally.outsideQueries += (1 - served) * queries;
            }
            int bin = (int) (p * MarketTally.SUCCESS_BINS);
            tally.successHistogram[Math.min(MarketTally.SUCCESS_BINS - 1, bin)]++;
            tally.successSum += p;
            tally.decileESum[decile] += e;
            tally.decileCount[decile]++;
            if (option != ChoiceModel.OUTSIDE && m.priceUsd[option] > 0) {
                tally.paidCount++;
                tally.paidESum += e;
                tally.paidESquares += e * e;
            }
        }
    }
}
