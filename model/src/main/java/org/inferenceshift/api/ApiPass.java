package org.inferenceshift.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inferenceshift.capability.CapabilityFunction;

/**
 * The month's pass over the API buyers. Each buyer takes, at each lab's API, the effort level that is best
 * for it, and splits its queries among the labs and not buying by a multinomial logit over those (firms
 * multi-home: most use several model providers, so each buyer's volume is shared by the choice
 * probabilities rather than drawn whole):
 * <pre>
 * u_ji = s p(E_R,ji(d), d) + (1 - s) p(E_I,ji(d), d) - price_j tokensPerQuery kbar_ji(s, d) / v,   u_0 = 0
 * kbar_ji = s k_R,ji(d) + (1 - s) k_I,ji(d),     u_j = max over effort levels i of u_ji
 * P(j) = exp(u_j / lambda) / (exp(u_0 / lambda) + sum_m exp(u_m / lambda))
 * </pre>
 * in the units of the consumer choice (success share, price over the value of the work): s is the buyer's
 * reasoning share, d its difficulty, v its value per successful query, p the success logistic of width w,
 * and each class's k and E those the offer's inference rule gives for d under level i's cap
 * ({@link ApiPriceList}). Within a lab the best level wins outright, as a subscriber's best tier does; levels
 * above the first whose cap does not bind for the buyer are not evaluated (they serve it the same). Not buying
 * (doing the task without a lab's model) is worth 0.
 * <p>
 * Firms do not re-split their whole volume every month (contracts, integration, procurement cycles): a
 * buyer keeps {@code keep} of the split it held after last month ({@link ApiBuyers#heldShare}) and splits
 * the rest by the logit, together with whatever it held with a lab that no longer sells:
 * <pre>
 * x_j = keep h_j + f P(j),   x_0 = keep h_0 + f P(0),   f = 1 - keep (h_0 + sum over offers of h_j)
 * </pre>
 * so the shares still add up to 1; x becomes the held split for next month. With keep = 0 (the first month,
 * or {@code api.reviewRate} 1) the split is the logit's, computed exactly as before that parameter existed.
 * A chunk keeps, per lab, each buyer's success and mean k at the effort levels it evaluated, and reuses them
 * while the lab's offer is tabulated from the same inputs (model, plateau, throttle, inference rule): only the
 * price, which changes every month, is applied afresh. The operations and their order are those of a fresh
 * evaluation, so the results are the same to the bit. The pass draws no random number, so it is the same for
 * any thread count; buyers are cut into fixed chunks of {@link #CHUNK_SIZE}, each with its own tally and
 * scratch arrays, and the tallies are added in chunk order.
 */
final class ApiPass implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int CHUNK_SIZE = 2_048;

    private final Chunk[] chunks;
    private final ApiTally total = new ApiTally();
    private final double logitScale;
    private final double successWidth;
    private transient ExecutorService executor;
    private int threads = 1;

    ApiPass(int buyers, double logitScale, double successWidth) {
        this.logitScale = logitScale;
        this.successWidth = successWidth;
        int count = Math.max(1, (buyers + CHUNK_SIZE - 1) / CHUNK_SIZE);
        chunks = new Chunk[count];
        for (int c = 0; c < count; c++) {
            chunks[c] = new Chunk(c * CHUNK_SIZE, Math.min(buyers, (c + 1) * CHUNK_SIZE));
        }
    }

    void setThreads(int threads) {
        if (threads != this.threads) {
            shutdown();
        }
        this.threads = Math.max(1, threads);
    }

    /**
     * @param keep share of each buyer's held split it keeps this month (0: every buyer re-splits all of it)
     */
    ApiTally run(ApiBuyers buyers, ApiPriceList offers, double keep) {
        buyers.ensureLabSlots(maxLab(offers) + 1);
        if (threads == 1 || chunks.length == 1) {
            for (Chunk chunk : chunks) {
                chunk.run(buyers, offers, logitScale, successWidth, keep);
            }
        } else {
            runParallel(buyers, offers, keep);
        }
        total.reset(offers.offers);
        for (Chunk chunk : chunks) {
            total.add(chunk.tally, offers.offers);
        }
        return total;
    }

    private static int maxLab(ApiPriceList offers) {
        int max = -1;
        for (int j = 0; j < offers.offers; j++) {
            max = Math.max(max, offers.lab[j]);
        }
        return max;
    }

    private void runParallel(ApiBuyers buyers, ApiPriceList offers, double keep) {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "api-pass");
                t.setDaemon(true);
                return t;
            });
        }
        List<Future<?>> futures = new ArrayList<>(chunks.length);
        for (Chunk chunk : chunks) {
            futures.add(executor.submit(() -> chunk.run(buyers, offers, logitScale, successWidth, keep)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("API pass interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("API pass failed: " + e.getCause(), e.getCause());
        }
    }

    void shutdown() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /**
     * A fixed slice of buyers with its own tally and scratch arrays (utility and mean k per offer), and what its
     * buyers' evaluation of each lab's offer gave, level by level, for the rows that offer was tabulated from.
     */
    private static final class Chunk implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;
        private final ApiTally tally = new ApiTally();
        private double[] utility = new double[0];
        private double[] meanK = new double[0];
        /** Per lab index; rebuilt after a checkpoint is restored (it only saves work). */
        private transient EvaluatedLevels[] byLab;
        private transient ApiBuyers evaluatedFor;
        private transient EvaluatedLevels[] offerLevels;
        private transient boolean[] reuse;

        Chunk(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void run(ApiBuyers buyers, ApiPriceList m, double logitScale, double successWidth, double keep) {
            int n = m.offers;
            if (utility.length < n) {
                utility = new double[Math.max(n, 2 * utility.length)];
                meanK = new double[utility.length];
            }
            tally.reset(n);
            prepareLevels(buyers, m, successWidth);
            for (int b = from; b < to; b++) {
                double s = buyers.reasoningShare[b];
                double d = buyers.difficultyE[b];
                double v = buyers.valueUsdPerQuery[b];
                int i = b - from;
                double max = 0; // not buying
                for (int j = 0; j < n; j++) {
                    double price = m.pricePerQueryAtOne[j] / v;
                    EvaluatedLevels levels = offerLevels[j];
                    if (reuse[j]) {
                        levels.best(i, price);
                    } else {
                        levels.evaluate(i, m, j, s, d, price, successWidth);
                    }
                    utility[j] = levels.best;
                    meanK[j] = levels.bestK;
                    max = Math.max(max, levels.best);
                }
                double notBuying = Math.exp(-max / logitScale);
                double sum = notBuying;
                for (int j = 0; j < n; j++) {
                    utility[j] = Math.exp((utility[j] - max) / logitScale);
                    sum += utility[j];
                }
                double q = buyers.queriesPerMonth[b];
                int row = b * buyers.labSlots;
                double free = 1;
                if (keep > 0) {
                    free -= keep * buyers.heldNotBuying[b];
                    for (int j = 0; j < n; j++) {
                        free -= keep * buyers.heldShare[row + m.lab[j]];
                    }
                }
                for (int j = 0; j < n; j++) {
                    double held = keep > 0 ? keep * buyers.heldShare[row + m.lab[j]] : 0;
                    // with nothing kept, the logit's split in the order of operations it always had
                    double share = keep > 0 ? held + free * utility[j] / sum : utility[j] / sum;
                    double bought = keep > 0 ? q * share : q * utility[j] / sum;
                    utility[j] = share;
                    tally.queries[j] += bought;
                    tally.kQueries[j] += bought * meanK[j];
                    tally.spendUsd[j] += bought * meanK[j] * m.pricePerQueryAtOne[j];
                }
                double notBought = keep > 0 ? keep * buyers.heldNotBuying[b] + free * notBuying / sum : notBuying / sum;
                tally.notBought += keep > 0 ? q * notBought : q * notBuying / sum;
                Arrays.fill(buyers.heldShare, row, row + buyers.labSlots, 0);
                for (int j = 0; j < n; j++) {
                    buyers.heldShare[row + m.lab[j]] = utility[j];
                }
                buyers.heldNotBuying[b] = notBought;
            }
        }

        /**
         * For each offer, the levels its lab's offer had when these buyers last evaluated it, reused if the offer's
         * rows come from the same inputs (most months: a lab's model and throttle do not change), else emptied for
         * this month's evaluation. The price is not among the inputs: it changes monthly and is applied afresh.
         */
        private void prepareLevels(ApiBuyers buyers, ApiPriceList m, double successWidth) {
            int n = m.offers;
            if (byLab == null || evaluatedFor != buyers) {
                byLab = new EvaluatedLevels[0];
                evaluatedFor = buyers;
            }
            if (offerLevels == null || offerLevels.length < n) {
                offerLevels = new EvaluatedLevels[utility.length];
                reuse = new boolean[offerLevels.length];
            }
            for (int j = 0; j < n; j++) {
                int lab = m.lab[j];
                if (lab >= byLab.length) {
                    byLab = Arrays.copyOf(byLab, Math.max(lab + 1, 2 * byLab.length));
                }
                EvaluatedLevels levels = byLab[lab];
                boolean taken = false;
                for (int earlier = 0; earlier < j && !taken; earlier++) {
                    taken = m.lab[earlier] == lab;
                }
                if (taken) {
                    // two offers of one lab in a month (not made by ApiMarket): the second is evaluated afresh
                    levels = new EvaluatedLevels();
                } else if (levels == null) {
                    levels = byLab[lab] = new EvaluatedLevels();
                }
                reuse[j] = !taken && levels.madeFrom(m, j, successWidth);
                if (!reuse[j]) {
                    levels.reset(m, j, successWidth, to - from);
                }
                offerLevels[j] = levels;
            }
        }
    }

    /**
     * One offer as a chunk's buyers evaluated it: per buyer, the success and mean k of each effort level up to the
     * first whose cap does not bind, in the order evaluated; and the inputs the offer's rows were made from.
     */
    private static final class EvaluatedLevels {
        private CapabilityFunction capability;
        private final double[] key = new double[ApiPriceList.KEY];
        private double successWidth = Double.NaN;
        private int stride;
        private byte[] evaluated = new byte[0];
        private double[] success = new double[0];
        private double[] k = new double[0];
        /** The last buyer's best utility on the offer and its mean k there. */
        double best;
        double bestK;

        boolean madeFrom(ApiPriceList m, int j, double width) {
            int at = ApiPriceList.KEY * j;
            return capability == m.tableCapability[j] && Double.compare(successWidth, width) == 0
                    && stride == m.levels[j] && Arrays.equals(key, 0, key.length, m.tableKey, at, at + key.length);
        }

        void reset(ApiPriceList m, int j, double width, int buyers) {
            capability = m.tableCapability[j];
            System.arraycopy(m.tableKey, ApiPriceList.KEY * j, key, 0, key.length);
            successWidth = width;
            stride = m.levels[j];
            if (evaluated.length < buyers) {
                evaluated = new byte[buyers];
            }
            if (success.length < buyers * stride) {
                success = new double[buyers * stride];
                k = new double[buyers * stride];
            }
        }

        /** Buyer i's best level at this month's price per query over value, from the levels it evaluated. */
        void best(int i, double price) {
            double u0 = Double.NEGATIVE_INFINITY;
            double k0 = 1;
            int at = i * stride;
            for (int t = at, end = at + evaluated[i]; t < end; t++) {
                double u = success[t] - price * k[t];
                if (u > u0) {
                    u0 = u;
                    k0 = k[t];
                }
            }
            best = u0;
            bestK = k0;
        }

        /** Evaluates buyer i's levels of offer j (reasoning share s, difficulty d), keeping them, and its best. */
        void evaluate(int i, ApiPriceList m, int j, double s, double d, double price, double width) {
            double u0 = Double.NEGATIVE_INFINITY;
            double k0 = 1;
            double pIntuitive = 0;
            double kIntuitive = 1;
            int first = m.firstLevel[j];
            int at = i * stride;
            int t = at;
            for (int row = first; row < first + m.levels[j]; row++, t++) {
                int reasoning = 2 * row;
                if (row == first || !m.sameIntuitive[row]) {
                    kIntuitive = m.tables.k(reasoning + 1, d);
                    pIntuitive = CapabilityFunction.success(m.tables.e(reasoning + 1, d), d, width);
                }
                double kReasoning = m.tables.k(reasoning, d);
                double kMean = s * kReasoning + (1 - s) * kIntuitive;
                double successShare = s * CapabilityFunction.success(m.tables.e(reasoning, d), d, width)
                        + (1 - s) * pIntuitive;
                success[t] = successShare;
                k[t] = kMean;
                double u = successShare - price * kMean;
                if (u > u0) {
                    u0 = u;
                    k0 = kMean;
                }
                // a cap that does not bind: every higher level serves this buyer the same (same k, same E)
                boolean last = row + 1 == first + m.levels[j];
                if (!last && kReasoning < m.reasoningCapK[row] && m.sameIntuitive[row + 1]) {
                    t++;
                    break;
                }
            }
            evaluated[i] = (byte) (t - at);
            best = u0;
            bestK = k0;
        }
    }
}
