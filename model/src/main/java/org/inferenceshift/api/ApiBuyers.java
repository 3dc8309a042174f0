package org.inferenceshift.api;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.inferenceshift.random.MasonRandomGenerator;
import org.inferenceshift.scenario.ApiParams;

/**
 * The API buyers (firms and developers) as parallel primitive columns, row b of every column is buyer b;
 * no object per buyer exists. Drawn once per run from the run's generator ({@link #draw}):
 * <ul>
 *   <li>weight w (firm size, in units of the smallest firm) ~ Pareto(1, alpha) truncated at firmSizeMax;</li>
 *   <li>intensity ~ lognormal(0, intensitySigma): queries per unit of size;</li>
 *   <li>queries per month q_b = Q * w_b * intensity_b / sum over buyers of w * intensity, so the buyers'
 *       volumes add up to the market's first-month volume Q ({@code api.queriesPerMonth});</li>
 *   <li>value per successful query v ~ lognormal(ln valueMedianUsdPerQuery, valueSigma);</li>
 *   <li>reasoning share s ~ Beta(mean * c, (1 - mean) * c) (constant at a mean of 0 or 1);</li>
 *   <li>difficulty d ~ Normal(difficultyMeanE, difficultySdE) in E units.</li>
 * </ul>
 * Beside the drawn columns, each buyer's split of its volume as it stands after the last month: the share held
 * with each lab (row b of {@code heldShare}, {@code labSlots} entries, by lab index) and the share not bought.
 * A buyer re-splits only part of it each month ({@link ApiPass}); a buyer with no month behind it holds
 * nothing.
 */
public final class ApiBuyers implements Serializable {
    private static final long serialVersionUID = 2L;

    final double[] weight;
    final double[] queriesPerMonth;
    final double[] valueUsdPerQuery;
    final double[] reasoningShare;
    final double[] difficultyE;
    /** Buyer b's share of its volume with lab l after the last month, at {@code b * labSlots + l}. */
    double[] heldShare = new double[0];
    /** Buyer b's share of its volume not bought from any lab after the last month. */
    final double[] heldNotBuying;
    /** Labs a row of {@code heldShare} has room for. */
    int labSlots;

    ApiBuyers(int size) {
        weight = new double[size];
        queriesPerMonth = new double[size];
        valueUsdPerQuery = new double[size];
        reasoningShare = new double[size];
        difficultyE = new double[size];
        heldNotBuying = new double[size];
    }

    /** Makes room in every buyer's row for labs 0 to {@code labCount - 1} (an entrant holds nothing yet). */
    void ensureLabSlots(int labCount) {
        if (labCount <= labSlots) {
            return;
        }
        int slots = Math.max(labCount, 2 * labSlots);
        double[] grown = new double[size() * slots];
        for (int b = 0; b < size(); b++) {
            System.arraycopy(heldShare, b * labSlots, grown, b * slots, labSlots);
        }
        heldShare = grown;
        labSlots = slots;
    }

    /** Buyer b's share of its volume held with lab {@code lab} after the last month (0 before any month). */
    public double heldShare(int b, int lab) {
        return lab < labSlots ? heldShare[b * labSlots + lab] : 0;
    }

    /** Buyer b's share of its volume not bought from any lab after the last month (0 before any month). */
    public double heldNotBuying(int b) { return heldNotBuying[b]; }

    public static ApiBuyers draw(ApiParams p, MersenneTwisterFast random) {
        int n = p.buyers();
        ApiBuyers buyers = new ApiBuyers(n);
        RandomGenerator rng = new MasonRandomGenerator(random);
        ParetoDistribution size = new ParetoDistribution(rng, 1, p.firmSizeTailIndex());
        NormalDistribution standardNormal = new NormalDistribution(rng, 0, 1);
        double mean = p.reasoningShareMean();
        BetaDistribution reasoning = mean > 0 && mean < 1
                ? new BetaDistribution(rng, mean * p.reasoningShareConcentration(), (1 - mean) * p.reasoningShareConcentration())
                : null;
        double belowMax = size.cumulativeProbability(p.firmSizeMax());
        double[] intensity = new double[n];
        double total = 0;
        for (int b = 0; b < n; b++) {
            // the Pareto truncated at firmSizeMax, by inverting its distribution function below F(max)
            double w = size.inverseCumulativeProbability(rng.nextDouble() * belowMax);
            buyers.weight[b] = w;
            intensity[b] = w * Math.exp(p.intensitySigma() * standardNormal.sample());
            total += intensity[b];
            buyers.valueUsdPerQuery[b] = p.valueMedianUsdPerQuery() * Math.exp(p.valueSigma() * standardNormal.sample());
            buyers.reasoningShare[b] = reasoning == null ? mean : reasoning.sample();
            buyers.difficultyE[b] = p.difficultyMeanE() + p.difficultySdE() * standardNormal.sample();
        }
        for (int b = 0; b < n; b++) {
            buyers.queriesPerMonth[b] = total > 0 ? p.queriesPerMonth() * intensity[b] / total : 0;
        }
        return buyers;
    }

    public int size() { return weight.length; }
    /** Firm size of buyer b, in units of the smallest firm. */
    public double weight(int b) { return weight[b]; }
    /** Queries buyer b sends a month at the first month's volume. */
    public double queriesPerMonth(int b) { return queriesPerMonth[b]; }
    public double valueUsdPerQuery(int b) { return valueUsdPerQuery[b]; }
    public double reasoningShare(int b) { return reasoningShare[b]; }
    public double difficultyE(int b) { return difficultyE[b]; }
}
