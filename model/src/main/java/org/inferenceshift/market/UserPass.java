package org.inferenceshift.market;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inferenceshift.users.Adoption;
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
    /** Who starts using AI when (null: everyone uses it), and this month's adopters' share. */
    private Adoption adoption;
    private double adoptionShare = 1;

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

    /**
     * The month's adoption: a person not yet using AI whose threshold lies below {@code share} starts using
     * it this month, and chooses (reviews with certainty).
     */
    public void setAdoption(Adoption adoption, double share) {
        this.adoption = adoption;
        this.adoptionShare = share;
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
        PerUser perUser = new PerUser(lastSuccess, outsideTaste, firstPass, adoption, adoptionShare);
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
    private record PerUser(double[] lastSuccess, double[] outsideTaste, boolean fillTastes, Adoption adoption,
                           double adoptionShare) {
    }

    /**
     * A fixed slice of users with its own generator, tally and scratch buffers. Each month every user of the
     * slice goes through three steps, in user order: {@link #offeredOption resolve} what its tier has become
     * in this month's offers; {@link #review} it (whether it re-chooses, and its choice) or keep it; and
     * tally the option it holds, with the success and E it receives ({@link MarketTally#countUser}).
     */
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
        /**
         * The success the user just reviewed receives on its choice, from the evaluations the review made:
         * {@link #review} returns the option, the tally reads this.
         */
        private transient double reviewedSuccess;

        Chunk(int from, int to, MersenneTwisterFast rng) {
            this.from = from;
            this.to = to;
            this.rng = rng;
        }

        /**
         * Each user's choice, then its tally. The tally's sums are added in user order, one user at a time. A
         * user's success on the outside option and on the option it chose while reviewing are evaluated once
         * and reused by the tally; a user who keeps an unchanged option reuses last month's success.
         */
        void run(Population pop, MarketSnapshot m, ChoiceModel choice, double reviewRate, PerUser perUser,
                 UnchangedOptions unchanged) {
            prepare(m, choice, perUser);
            UserColumns cols = UserColumns.of(pop);
            double[] lastSuccess = perUser.lastSuccess();
            double[] outsideTaste = perUser.outsideTaste();
            Adoption adoption = perUser.adoption();
            double adoptionShare = perUser.adoptionShare();
            for (int i = from; i < to; i++) {
                boolean newcomer = false;
                if (cols.notYetUsingAi[i]) {
                    if (adoption == null || adoption.threshold(i) >= adoptionShare) {
                        tally.countNotYetUsingAi();
                        continue;
                    }
                    cols.notYetUsingAi[i] = false;
                    newcomer = true;
                }
                int lab = cols.currentLab[i];
                int option = offeredOption(m, lab, cols.currentTier[i], cols.region[i]);
                boolean lostTier = lab >= 0 && option == ChoiceModel.OUTSIDE
                        || option == ChoiceModel.SELF_HOST && !(cols.canSelfHost[i] && m.selfHostingOffered());
                double success;
                if (newcomer || lostTier || rng.nextDouble() < reviewRate) {
                    option = review(m, choice, cols, i, option, lostTier ? -1 : lab, lab, outsideTaste[i]);
                    success = reviewedSuccess;
                } else {
                    success = keptSuccess(m, choice, unchanged, cols, i, option, lastSuccess[i]);
                }
                hold(m, cols, i, lab, option);
                if (lab >= 0) {
                    tally.countHolder(option < 0 || m.optionLab[option] != lab);
                }
                lastSuccess[i] = success;
                tally.countUser(m, option, cols.region[i], cols.queriesPerMonth[i], cols.incomeDecile[i], success,
                        receivedE(m, option, cols.reasoningShare[i], cols.difficultyE[i]), cols.reasoningShare[i],
                        cols.difficultyE[i]);
            }
        }

        /** Makes the scratch buffers fit this month's offers, fills the outside tastes if due, empties the tally. */
        private void prepare(MarketSnapshot m, ChoiceModel choice, PerUser perUser) {
            if (labsScratch.length < m.labCount + 1) {
                labsScratch = new int[m.labCount + 1];
            }
            // successes is null in a chunk restored from a checkpoint written before it existed
            if (candidates.length < m.optionCount + 1 || successes == null || successes.length < m.optionCount + 1) {
                candidates = new int[m.optionCount + 1];
                scratch = new double[m.optionCount + 2];
                successes = new double[m.optionCount + 1];
            }
            if (perUser.fillTastes()) {
                double[] outsideTaste = perUser.outsideTaste();
                for (int i = from; i < to; i++) {
                    outsideTaste[i] = choice.brandTaste(i, ChoiceModel.OUTSIDE);
                }
            }
            tally.reset(m.optionCount, m.regionCount);
        }

        /**
         * The option the user's lab and tier slot are this month, following the lab's menu changes, or the
         * outside option if the user is outside (self-hosting if its slot says so), or its tier was withdrawn or
         * its lab no longer sells in its region.
         */
        private static int offeredOption(MarketSnapshot m, int lab, int tier, int region) {
            if (lab < 0) {
                return tier == Population.SELF_HOST_SLOT ? ChoiceModel.SELF_HOST : ChoiceModel.OUTSIDE;
            }
            int[] remap = m.tierRemap[lab];
            if (remap != null) {
                tier = tier < remap.length ? remap[tier] : -1;
            }
            if (tier < 0 || tier >= m.labTierCount[lab] || !m.available[region * m.labCount + lab]) {
                return ChoiceModel.OUTSIDE;
            }
            return m.labFirstOption[lab] + tier;
        }

        /**
         * User i re-chooses among its consideration set (its lab's tiers unless {@code currentLab} is -1, and
         * labs drawn by awareness) and the outside option; leaving {@code heldLab}, the lab it held (-1: none),
         * costs the choice model's switching cost. Counts the review and, if the choice differs from
         * {@code offered}, the switch; leaves the success the user receives on its choice in
         * {@link #reviewedSuccess}, from the evaluations the choice made.
         */
        private int review(MarketSnapshot m, ChoiceModel choice, UserColumns cols, int i, int offered, int currentLab,
                           int heldLab, double outsideTaste) {
            double s = cols.reasoningShare[i];
            double d = cols.difficultyE[i];
            double outside = outsideSuccess(m, choice, s, d);
            double selfHost = cols.canSelfHost[i]
                    ? choice.selfHostUtility(m, i, s, d, cols.valueUsdPerMonth[i], cols.queriesPerMonth[i])
                    : Double.NEGATIVE_INFINITY;
            int n = choice.considerationSet(m, cols.region[i], currentLab, rng, labsScratch, candidates);
            int c = choice.chooseCandidate(m, candidates, n, i, heldLab, s, d, cols.valueUsdPerMonth[i], outside,
                    outsideTaste, selfHost, scratch, successes, rng.nextDouble());
            int chosen = c < n ? candidates[c] : c == n ? ChoiceModel.OUTSIDE : ChoiceModel.SELF_HOST;
            tally.countReview(chosen != offered);
            if (chosen == ChoiceModel.OUTSIDE) {
                reviewedSuccess = outside;
            } else if (chosen == ChoiceModel.SELF_HOST) {
                reviewedSuccess = selfHostSuccess(m, choice, s, d);
            } else {
                double served = m.servedShare[chosen];
                reviewedSuccess = served < 1 ? servedBlend(served, successes[c], outside) : successes[c];
            }
            return chosen;
        }

        /**
         * The success of user i, who keeps {@code option}: last month's if the option is unchanged, else
         * evaluated (with the outside option for the unanswered share of a rate-limited tier).
         */
        private static double keptSuccess(MarketSnapshot m, ChoiceModel choice, UnchangedOptions unchanged,
                                          UserColumns cols, int i, int option, double lastSuccess) {
            double s = cols.reasoningShare[i];
            double d = cols.difficultyE[i];
            if (option == ChoiceModel.OUTSIDE) {
                return unchanged.outsideUnchanged() ? lastSuccess : outsideSuccess(m, choice, s, d);
            }
            if (option == ChoiceModel.SELF_HOST) {
                return unchanged.outsideUnchanged() ? lastSuccess : selfHostSuccess(m, choice, s, d);
            }
            if (unchanged.unchanged(option)) {
                return lastSuccess;
            }
            double served = m.servedShare[option];
            double success = choice.success(m, option, s, d);
            return served < 1 ? servedBlend(served, success, outsideSuccess(m, choice, s, d)) : success;
        }

        /** Success on no AI (the single outside option without the split), also a rate-limited tier's fallback. */
        private static double outsideSuccess(MarketSnapshot m, ChoiceModel choice, double s, double d) {
            return choice.success(s, d, m.noAiE, m.noAiE);
        }

        private static double selfHostSuccess(MarketSnapshot m, ChoiceModel choice, double s, double d) {
            return choice.success(s, d, m.outsideEReasoning, m.outsideEIntuitive);
        }

        /**
         * A figure of a rate-limited tier (served share below 1): the tier's for the share served, no AI's
         * (the outside option's without the split) for the unanswered rest.
         */
        private static double servedBlend(double served, double tier, double outside) {
            return served * tier + (1 - served) * outside;
        }

        /** Mean E a user with reasoning share s and difficulty d receives on {@code option}. */
        private static double receivedE(MarketSnapshot m, int option, double s, double d) {
            if (option == ChoiceModel.OUTSIDE) {
                return m.noAiE;
            }
            return option == ChoiceModel.SELF_HOST ? selfHostE(m, s) : m.receivedE(option, s, d);
        }

        private static double selfHostE(MarketSnapshot m, double s) {
            return s * m.outsideEReasoning + (1 - s) * m.outsideEIntuitive;
        }

        /** Writes user i's lab and tier slot for {@code option}, only when they change (most users keep theirs). */
        private static void hold(MarketSnapshot m, UserColumns cols, int i, int lab, int option) {
            if (option < 0) {
                byte slot = option == ChoiceModel.SELF_HOST ? Population.SELF_HOST_SLOT : Population.NO_AI_SLOT;
                if (lab != Population.OUTSIDE || cols.currentTier[i] != slot) {
                    cols.currentLab[i] = Population.OUTSIDE;
                    cols.currentTier[i] = slot;
                }
                return;
            }
            int optionLab = m.optionLab[option];
            int slot = option - m.labFirstOption[optionLab];
            if (optionLab != lab || slot != cols.currentTier[i]) {
                cols.currentLab[i] = (short) optionLab;
                cols.currentTier[i] = (byte) slot;
            }
        }
    }
}
