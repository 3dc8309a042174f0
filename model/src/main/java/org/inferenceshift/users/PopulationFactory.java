package org.inferenceshift.users;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.PopulationParams;
import org.inferenceshift.random.MasonRandomGenerator;

/**
 * Draws the population of DESIGN §6 from the run's generator:
 * <ul>
 *   <li>income y ~ lognormal(ln median, sigma);</li>
 *   <li>usage q ~ lognormal around the median, its log correlated rho with log income;</li>
 *   <li>reasoning share s ~ Beta(mean * c, (1 - mean) * c);</li>
 *   <li>difficulty d ~ Normal(mean, sd) in E units;</li>
 *   <li>value V = v0 * (y / median)^eta;</li>
 *   <li>initial choice: lab l with probability initialUserShare_l, otherwise the outside option (tier 0);</li>
 *   <li>region r with probability share_r (no draw with a single region);</li>
 *   <li>able to self-host with probability technicalShare, independently of the rest, in a pass after the
 *       others (no draw at a share of 0 or 1, so such runs use the generator as before the column existed).</li>
 * </ul>
 */
public final class PopulationFactory {
    private PopulationFactory() {
    }

    public static Population create(PopulationParams p, List<LabSpec> labs, MersenneTwisterFast random) {
        return create(p, labs, List.of(1.0), random);
    }

    /**
     * @param regionShares share of users in each region; with one region no draw is made, so single-region
     *                     runs use the generator exactly as they did before regions existed
     */
    public static Population create(PopulationParams p, List<LabSpec> labs, List<Double> regionShares,
                                    MersenneTwisterFast random) {
        int n = p.agents();
        Population pop = new Population(n, p.represents() / n);
        RandomGenerator rng = new MasonRandomGenerator(random);
        NormalDistribution standardNormal = new NormalDistribution(rng, 0, 1);
        double alpha = p.reasoningShareMean() * p.reasoningShareConcentration();
        double beta = (1 - p.reasoningShareMean()) * p.reasoningShareConcentration();
        BetaDistribution reasoning = new BetaDistribution(rng, alpha, beta);
        NormalDistribution difficulty = new NormalDistribution(rng, p.difficultyMeanE(),
                Math.max(p.difficultySdE(), Double.MIN_NORMAL));
        double rho = p.usageIncomeCorrelation();
        double independent = Math.sqrt(1 - rho * rho);
        double[] cumulativeShare = cumulativeShares(labs);

        for (int i = 0; i < n; i++) {
            double zIncome = standardNormal.sample();
            double relativeIncome = Math.exp(p.incomeSigma() * zIncome);
            double zUsage = rho * zIncome + independent * standardNormal.sample();
            pop.incomeUsdPerMonth[i] = (float) (p.incomeMedianUsdPerMonth() * relativeIncome);
            pop.queriesPerMonth[i] = (float) (p.usageMedianQueriesPerMonth() * Math.exp(p.usageSigma() * zUsage));
            pop.reasoningShare[i] = (float) reasoning.sample();
            pop.difficultyE[i] = (float) (p.difficultySdE() == 0 ? p.difficultyMeanE() : difficulty.sample());
            pop.valueUsdPerMonth[i] = (float) (p.valueUsdPerMonthAtMedianIncome()
                    * Math.pow(relativeIncome, p.valueIncomeElasticity()));
            pop.choose(i, initialLab(cumulativeShare, random.nextDouble()), 0);
            if (regionShares.size() > 1) {
                pop.region[i] = (byte) pick(regionShares, random.nextDouble());
            }
        }
        drawTechnicalUsers(pop, p.technicalShare(), random);
        assignIncomeDeciles(pop);
        return pop;
    }

    private static void drawTechnicalUsers(Population pop, double share, MersenneTwisterFast random) {
        if (share <= 0) {
            return;
        }
        for (int i = 0; i < pop.size(); i++) {
            pop.canSelfHost[i] = share >= 1 || random.nextDouble() < share;
        }
    }

    private static double[] cumulativeShares(List<LabSpec> labs) {
        double[] cumulative = new double[labs.size()];
        double sum = 0;
        for (int l = 0; l < labs.size(); l++) {
            sum += labs.get(l).initialUserShare();
            cumulative[l] = sum;
        }
        return cumulative;
    }

    private static int pick(List<Double> shares, double u) {
        double cumulative = 0;
        for (int r = 0; r < shares.size() - 1; r++) {
            cumulative += shares.get(r);
            if (u < cumulative) {
                return r;
            }
        }
        return shares.size() - 1;
    }

    private static int initialLab(double[] cumulativeShare, double u) {
        for (int l = 0; l < cumulativeShare.length; l++) {
            if (u < cumulativeShare[l]) {
                return l;
            }
        }
        return Population.OUTSIDE;
    }

    /** Decile 0 holds the poorest tenth of agents, 9 the richest; ties broken by index for determinism. */
    private static void assignIncomeDeciles(Population pop) {
        int n = pop.size();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            // incomes are positive floats, whose bit patterns sort like their values
            keyed[i] = ((long) Float.floatToIntBits(pop.incomeUsdPerMonth[i]) << 32) | i;
        }
        Arrays.sort(keyed);
        for (int rank = 0; rank < n; rank++) {
            int i = (int) (keyed[rank] & 0xffffffffL);
            pop.incomeDecile[i] = (byte) Math.min(9, (int) ((long) rank * 10 / n));
        }
    }
}
