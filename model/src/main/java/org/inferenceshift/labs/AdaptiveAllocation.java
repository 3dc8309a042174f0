package org.inferenceshift.labs;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import java.io.Serializable;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.StrategyParams;
import org.inferenceshift.random.MasonRandomGenerator;

/**
 * Bounded-rational allocation (DESIGN §7). The fitness of a period is the {@link Fitness} margin and share
 * growth plus fitnessCapabilityWeight times the period's mean lead of the lab's scaling-law forecast (the
 * model its current spending would train, {@link MarketView#forecastReasoningE}) over the frontier: a
 * lab's budget is spent whatever its split, so only this forecast shows the split's effect before the
 * next model ships. Every strategyPeriodMonths the lab compares the fitness of the
 * period it just ran (with its trial allocation) against the period before (with its accepted one); it
 * keeps the trial if it did at least as well and reverts otherwise. Then, with imitationProbability, it
 * tries the allocation of the rival whose last fitness was highest; otherwise it explores: a Dirichlet
 * draw centred on the accepted allocation (concentration explorationConcentration; drawn as normalised
 * Gamma variates from commons-math3) and a normal step in log10 tokens-per-parameter. The IDA share is
 * explored only when inference-during-training is enabled, the synthetic-data share only when synthetic
 * data is (a scenario without them draws exactly what it drew before they existed).
 */
public final class AdaptiveAllocation implements AllocationStrategy {
    private static final long serialVersionUID = 1L;

    /**
     * What an adaptive lab's reviews use, from the scenario's strategy section (each documented there):
     * review period, fitness weights, imitation, exploration, and the range of tokens per parameter.
     */
    public record Params(int periodMonths, double fitnessShareWeight, double fitnessCapabilityWeight,
                         double imitationProbability, double explorationConcentration, double minimumShare,
                         double tokensPerParameterStepLog10, double minTokensPerParameter,
                         double maxTokensPerParameter, boolean idaEnabled, boolean syntheticEnabled)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The lowest ratio explored is compute-optimal: fewer tokens per parameter only wastes compute. */
        public static Params of(StrategyParams strategy, boolean idaEnabled) {
            return of(strategy, idaEnabled, false);
        }

        public static Params of(StrategyParams strategy, boolean idaEnabled, boolean syntheticEnabled) {
            return new Params(strategy.strategyPeriodMonths(), strategy.fitnessShareWeight(),
                    strategy.fitnessCapabilityWeight(), strategy.imitationProbability(),
                    strategy.explorationConcentration(), strategy.minimumShare(),
                    strategy.tokensPerParameterStepLog10(), strategy.computeOptimalTokensPerParameter(),
                    strategy.maxTokensPerParameter(), idaEnabled, syntheticEnabled);
        }
    }

    private final Params params;
    private AllocationShares accepted;
    private double acceptedTokensPerParameter;
    private AllocationShares trial;
    private double trialTokensPerParameter;
    private double acceptedFitness = Double.NaN;
    private double lastFitness = Double.NaN;
    private final Fitness period = new Fitness();

    public AdaptiveAllocation(AllocationShares initial, double tokensPerParameter, Params params) {
        this.params = params;
        this.accepted = initial;
        this.trial = initial;
        this.acceptedTokensPerParameter = tokensPerParameter;
        this.trialTokensPerParameter = tokensPerParameter;
    }

    @Override
    public AllocationShares current() {
        return trial;
    }

    @Override
    public double tokensPerParameter() {
        return trialTokensPerParameter;
    }

    @Override
    public double lastFitness() {
        return lastFitness;
    }

    @Override
    public void review(LabView self, MarketView market) {
        double share = market.subscriberShare(self.getIndex());
        double lead = market.forecastReasoningE(self.getIndex()) - market.frontierReasoningE();
        period.add(self.getRevenueUsd(), self.getSpendUsd(), share, Double.isFinite(lead) ? lead : 0);
        if (period.months() < params.periodMonths()) {
            return;
        }
        lastFitness = period.value(share, params.fitnessShareWeight())
                + params.fitnessCapabilityWeight() * period.meanCapabilityLead();
        period.reset();
        if (Double.isNaN(acceptedFitness) || lastFitness >= acceptedFitness) {
            accepted = trial;
            acceptedTokensPerParameter = trialTokensPerParameter;
            acceptedFitness = lastFitness;
        }
        // else: the trial did worse than the accepted allocation did; fall back to it
        propose(self, market);
    }

    private void propose(LabView self, MarketView market) {
        MersenneTwisterFast random = market.random();
        LabView best = bestRival(self, market);
        if (best != null && random.nextDouble() < params.imitationProbability()) {
            trial = withoutDisabledUses(best.getAllocation());
            trialTokensPerParameter = best.getTokensPerParameter();
            return;
        }
        RandomGenerator rng = new MasonRandomGenerator(random);
        trial = explore(accepted, rng);
        double logR = Math.log10(acceptedTokensPerParameter)
                + new NormalDistribution(rng, 0, Math.max(params.tokensPerParameterStepLog10(), 1e-12)).sample();
        double lo = Math.log10(params.minTokensPerParameter());
        double hi = Math.log10(params.maxTokensPerParameter());
        trialTokensPerParameter = Math.pow(10, Math.max(lo, Math.min(hi, logR)));
    }

    private AllocationShares explore(AllocationShares base, RandomGenerator rng) {
        // the uses explored, in a fixed order: pre, post, inference, then IDA and synthetic data when enabled
        double[] base5 = {base.pre(), base.post(), base.inference(), base.ida(), base.synthetic()};
        int[] index = new int[5];
        int uses = 0;
        for (int u = 0; u < 5; u++) {
            if (u < 3 || (u == 3 && params.idaEnabled()) || (u == 4 && params.syntheticEnabled())) {
                index[uses++] = u;
            }
        }
        double[] shares = new double[5];
        double floor = params.minimumShare();
        double sum = 0;
        for (int i = 0; i < uses; i++) {
            int u = index[i];
            double shape = params.explorationConcentration() * Math.max(base5[u], floor);
            // a Dirichlet weight of 0 keeps that use at 0 (Gamma(0) is undefined; its limit is 0)
            shares[u] = shape > 0 ? new GammaDistribution(rng, shape, 1.0).sample() : 0;
            sum += shares[u];
        }
        for (int i = 0; i < uses; i++) {
            int u = index[i];
            shares[u] = floor + (1 - uses * floor) * shares[u] / sum;
        }
        return new AllocationShares(shares[0], shares[1], shares[2], shares[3], shares[4]);
    }

    private AllocationShares withoutDisabledUses(AllocationShares a) {
        double ida = params.idaEnabled() ? a.ida() : 0;
        double synthetic = params.syntheticEnabled() ? a.synthetic() : 0;
        if (ida == a.ida() && synthetic == a.synthetic()) {
            return a;
        }
        double rest = a.pre() + a.post() + a.inference() + ida + synthetic;
        return new AllocationShares(a.pre() / rest, a.post() / rest, a.inference() / rest, ida / rest, synthetic / rest);
    }

    /** The active rival whose last fitness is highest (the first in index order on a tie), or null. */
    private static LabView bestRival(LabView self, MarketView market) {
        LabView best = null;
        for (LabView other : market.labs()) {
            double f = other.getLastFitness();
            if (other.getIndex() != self.getIndex() && other.isActive() && !Double.isNaN(f)
                    && (best == null || f > best.getLastFitness())) {
                best = other;
            }
        }
        return best;
    }
}
