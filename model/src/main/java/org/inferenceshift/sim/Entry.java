package org.inferenceshift.sim;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.random.MasonRandomGenerator;
import org.inferenceshift.scenario.EntryParams;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.InitialModelSpec;

/**
 * Entrants (DESIGN §7): each month a Poisson number of new labs, mean entrantsPerYear / 12, arrives (counted
 * as entering this month, selling from next month) with
 * seed capital and the scenario's labDefaults. An entrant starts from the best released open-weight model
 * (fine-tuning it costs little next to training), or, if there is none, from a model of entrantInitialFlop;
 * with entrantOpenWeightsProbability it releases its own weights. Seed capital enters the ledger as the
 * entrant's initial cash.
 */
final class Entry {
    private Entry() {
    }

    static void arrive(IndustryModel model) {
        EntryParams entry = model.scenario().entry();
        double mean = entry.entrantsPerYear() / 12.0;
        if (mean <= 0) {
            return;
        }
        PoissonDistribution arrivals = new PoissonDistribution(new MasonRandomGenerator(model.random()), mean,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        int count = arrivals.sample();
        for (int n = 0; n < count; n++) {
            boolean open = model.random().nextDouble() < entry.entrantOpenWeightsProbability();
            TrainedModel base = bestOpenWeightModel(model);
            LabSpec defaults = model.scenario().labDefaults();
            double physical = base != null ? base.physicalFlop() : entry.entrantInitialFlop();
            double post = base != null ? base.postTrainingFlop() : 0;
            LabSpec spec = new LabSpec("entrant-" + model.nextEntrantNumber(), entry.entrantCashUsd(), 0,
                    defaults.fixedCostUsdPerMonth(), 0, open, defaults.allocationStrategy(), defaults.pricingPolicy(),
                    defaults.capacityPlanning(),
                    defaults.tierInference(), defaults.inferenceRevision(),
                    defaults.tokensPerParameter(), defaults.trainingMonths(), defaults.finalRunShare(),
                    new InitialModelSpec(physical, post), defaults.allocation(), defaults.tier());
            double effective = base != null ? base.effectiveFlop()
                    : physical * model.computeOptimality().effectiveComputeFactor(spec.tokensPerParameter());
            model.addLab(spec, model.month(), physical, effective, post);
        }
    }

    private static TrainedModel bestOpenWeightModel(IndustryModel model) {
        TrainedModel best = null;
        for (Lab lab : model.labs()) {
            TrainedModel m = lab.deployed();
            if (m != null && m.openWeights() && (best == null || m.baseE() > best.baseE())) {
                best = m;
            }
        }
        return best;
    }
}
