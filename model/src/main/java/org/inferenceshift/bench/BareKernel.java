package org.inferenceshift.bench;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.UserPass;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.users.Population;
import org.inferenceshift.users.UserColumns;

/**
 * The floor the user pass is measured against: over the model's own user columns and the month's own
 * {@link MarketSnapshot}, only the work that any implementation of the choice step has to do.
 *
 * <p>Each user re-chooses with a given probability (one uniform draw per user, as in the model); the
 * benchmark passes the share of users the model re-chose that month, its review draws plus the users whose
 * tier was withdrawn, so that both evaluate as many logits. A re-choosing user reads its columns (lab, region, reasoning share, difficulty, value of work), draws
 * its consideration set (its lab plus {@code considerationLabs} draws by awareness, without repeats),
 * evaluates the multinomial logit over every tier of those labs and the outside option, with utility
 * {@code s·p(E_r) + (1−s)·p(E_i) − price/V} and the same logistic success as the model, draws one
 * option and writes it to a column of its own (the model's columns are never touched, so the model's
 * run is not disturbed). On an adaptive tier the success of each task class is at the capability the
 * adaptive rule serves a query of the user's difficulty ({@link MarketSnapshot#queryE}).
 *
 * <p>Every user, re-choosing or not, also costs its month's queries by the k they use (issue 16: adaptive
 * inference per query is work no implementation can skip, since a lab's demand is the sum of its users'
 * queries times the k each used): its held option's k for each task class
 * ({@link MarketSnapshot#queryK}), mixed by its reasoning share, times its queries, summed per chunk.
 *
 * <p>Everything else the model does per user is left out: the tally (success, Gini histogram, deciles,
 * subscriber moments, queries per option and region), brand tastes, the nesting of tiers within a lab,
 * the tier remap after a menu change, region availability and rate-limited free tiers. The ratio of the
 * model's time to this kernel's is what those cost. It runs on the same chunks and threads as the pass.
 */
public final class BareKernel {
    /** A Mersenne Twister's state: 624 ints and its 2-entry mag01 table, with object headers. */
    private static final long MT_STATE_BYTES = 624 * Integer.BYTES + 64;
    private final double logitScale;
    private final double successWidth;
    private final int considerationLabs;
    private final Chunk[] chunks;
    private final short[] chosenOption;
    private final int threads;
    private ExecutorService executor;

    public BareKernel(Scenario scenario, int threads) {
        int users = scenario.population().agents();
        this.logitScale = scenario.choice().logitScale();
        this.successWidth = scenario.population().successWidthE();
        this.considerationLabs = scenario.choice().considerationLabs();
        this.threads = Math.max(1, threads);
        chosenOption = new short[users];
        MersenneTwisterFast seeds = new MersenneTwisterFast(scenario.seed());
        int count = Math.max(1, (users + UserPass.CHUNK_SIZE - 1) / UserPass.CHUNK_SIZE);
        chunks = new Chunk[count];
        for (int c = 0; c < count; c++) {
            chunks[c] = new Chunk(c * UserPass.CHUNK_SIZE, Math.min(users, (c + 1) * UserPass.CHUNK_SIZE),
                    new MersenneTwisterFast(seeds.nextLong()));
        }
    }

    /** One pass over every user against this month's offers, each re-choosing with probability {@code reviewShare}. */
    public void run(Population pop, MarketSnapshot m, double reviewShare) {
        UserColumns cols = UserColumns.of(pop);
        if (threads == 1 || chunks.length == 1) {
            for (Chunk chunk : chunks) {
                chunk.run(cols, m, reviewShare);
            }
            return;
        }
        if (executor == null) {
            executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "bare-kernel");
                t.setDaemon(true);
                return t;
            });
        }
        List<Future<?>> futures = new ArrayList<>(chunks.length);
        for (Chunk chunk : chunks) {
            futures.add(executor.submit(() -> chunk.run(cols, m, reviewShare)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("kernel pass interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("kernel pass failed: " + e.getCause(), e.getCause());
        }
    }

    /** How many users the kernel last put on the outside option (so its work is observably used). */
    public int outsideCount() {
        int n = 0;
        for (short option : chosenOption) {
            n += option < 0 ? 1 : 0;
        }
        return n;
    }

    /** The queries times k the kernel last costed, over every chunk (so that work is observably used). */
    public double costedQueries() {
        double sum = 0;
        for (Chunk chunk : chunks) {
            sum += chunk.kQueries;
        }
        return sum;
    }

    /** Heap the kernel holds besides the model's: its output column and generators (scratch is negligible). */
    public long bytes() {
        return (long) chosenOption.length * Short.BYTES + chunks.length * MT_STATE_BYTES;
    }

    public void shutdown() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private final class Chunk {
        private final int from;
        private final int to;
        private final MersenneTwisterFast rng;
        private int[] labs = new int[0];
        private int[] options = new int[0];
        private double[] weights = new double[0];
        private double kQueries;

        Chunk(int from, int to, MersenneTwisterFast rng) {
            this.from = from;
            this.to = to;
            this.rng = rng;
        }

        void run(UserColumns cols, MarketSnapshot m, double reviewShare) {
            if (labs.length < m.labCount() + 1 || options.length < m.optionCount() + 1) {
                labs = new int[m.labCount() + 1];
                options = new int[m.optionCount() + 1];
                weights = new double[m.optionCount() + 1];
            }
            double outsideR = m.outsideEReasoning();
            double outsideI = m.outsideEIntuitive();
            double costed = 0;
            for (int i = from; i < to; i++) {
                int lab = cols.currentLab[i];
                double s = cols.reasoningShare[i];
                double d = cols.difficultyE[i];
                int held = lab >= 0 && cols.currentTier[i] < m.tierCount(lab) ? m.firstOption(lab) + cols.currentTier[i] : -1;
                if (held >= 0) {
                    costed += cols.queriesPerMonth[i] * (s * m.queryK(held, 0, d) + (1 - s) * m.queryK(held, 1, d));
                }
                if (rng.nextDouble() >= reviewShare) {
                    continue;
                }
                int region = cols.region[i];
                double v = cols.valueUsdPerMonth[i];
                int labCount = considerationSet(m, lab, region);
                double outside = success(s, d, outsideR, outsideI);
                double max = outside;
                int n = 0;
                for (int k = 0; k < labCount; k++) {
                    int first = m.firstOption(labs[k]);
                    for (int t = 0; t < m.tierCount(labs[k]); t++, n++) {
                        int o = first + t;
                        double price = m.price(o);
                        double u = (m.adaptive(o) ? success(s, d, m.queryE(o, 0, d), m.queryE(o, 1, d))
                                : success(s, d, m.eReasoning(o), m.eIntuitive(o)))
                                - (price == 0 ? 0 : v > 0 ? price / v : Double.POSITIVE_INFINITY);
                        options[n] = o;
                        weights[n] = u;
                        max = Math.max(max, u);
                    }
                }
                double sum = Math.exp((outside - max) / logitScale);
                for (int c = 0; c < n; c++) {
                    weights[c] = Math.exp((weights[c] - max) / logitScale);
                    sum += weights[c];
                }
                double target = rng.nextDouble() * sum;
                int choice = -1;
                double cumulative = 0;
                for (int c = 0; c < n; c++) {
                    cumulative += weights[c];
                    if (target < cumulative) {
                        choice = options[c];
                        break;
                    }
                }
                chosenOption[i] = (short) choice;
            }
            kQueries = costed;
        }

        private int considerationSet(MarketSnapshot m, int lab, int region) {
            int count = 0;
            if (lab >= 0 && m.tierCount(lab) > 0) {
                labs[count++] = lab;
            }
            int aware = m.awareCount(region);
            for (int draw = 0; draw < considerationLabs && aware > 0; draw++) {
                double u = rng.nextDouble();
                int a = 0;
                while (a < aware - 1 && u >= m.awarenessCumulative(region, a)) {
                    a++;
                }
                int drawn = m.awareLab(region, a);
                boolean seen = false;
                for (int k = 0; k < count; k++) {
                    seen |= labs[k] == drawn;
                }
                if (!seen) {
                    labs[count++] = drawn;
                }
            }
            return count;
        }

        private double success(double s, double d, double eR, double eI) {
            double pR = CapabilityFunction.success(eR, d, successWidth);
            double pI = eI == eR ? pR : CapabilityFunction.success(eI, d, successWidth);
            return s * pR + (1 - s) * pI;
        }
    }
}
