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
 * The pass draws no random number, so it is the same for
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

    /** A fixed slice of buyers with its own tally and scratch arrays (utility and mean k per offer). */
    private static final class Chunk implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;
        private final ApiTally tally = new ApiTally();
        private double[] utility = new double[0];
        private double[] meanK = new double[0];

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
            for (int b = from; b < to; b++) {
                double s = buyers.reasoningShare[b];
                double d = buyers.difficultyE[b];
                double v = buyers.valueUsdPerQuery[b];
                double max = 0; // not buying
                for (int j = 0; j < n; j++) {
                    double best = Double.NEGATIVE_INFINITY;
                    double bestK = 1;
                    double price = m.pricePerQueryAtOne[j] / v;
                    double pIntuitive = 0;
                    double kIntuitive = 1;
                    int first = m.firstLevel[j];
                    for (int row = first; row < first + m.levels[j]; row++) {
                        int reasoning = 2 * row;
                        if (row == first || !m.sameIntuitive[row]) {
                            kIntuitive = m.tables.k(reasoning + 1, d);
                            pIntuitive = CapabilityFunction.success(m.tables.e(reasoning + 1, d), d, successWidth);
                        }
                        double kReasoning = m.tables.k(reasoning, d);
                        double k = s * kReasoning + (1 - s) * kIntuitive;
                        double success = s * CapabilityFunction.success(m.tables.e(reasoning, d), d, successWidth)
                                + (1 - s) * pIntuitive;
                        double u = success - price * k;
                        if (u > best) {
                            best = u;
                            bestK = k;
                        }
                        // a cap that does not bind: every higher level serves this buyer the same (same k, same E)
                        boolean last = row + 1 == first + m.levels[j];
                        if (!last && kReasoning < m.reasoningCapK[row] && m.sameIntuitive[row + 1]) {
                            break;
                        }
                    }
                    utility[j] = best;
                    meanK[j] = bestK;
                    max = Math.max(max, best);
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
    }
}
