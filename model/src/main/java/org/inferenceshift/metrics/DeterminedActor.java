package org.inferenceshift.metrics;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;

/**
 * The determined actor ([R]: "someone scales up inference-at-deployment by a very large factor for a small
 * number of important tasks"): the best reasoning E an actor with a budget per task reaches using only
 * models no regulator covers. An open-weight model it runs itself at the hardware FLOP price: the largest
 * k its budget buys for one task of {@code tokensPerTask} tokens ({@code budget x flopPerDollar / (2 N
 * tokensPerTask)}), capped at the plateau 10^P (no k beyond it adds capability), gives E_base + gain(k); a
 * budget that does not buy one task at k = 1 reaches nothing. A closed model it uses through its lab's top
 * tier (a subscription far below such a budget): the tier's E, IDA gains released so far included.
 */
final class DeterminedActor {
    private DeterminedActor() {
    }

    /** E an actor reaches running open weights (E_base, plateau P, N parameters) itself; NaN if it cannot run a task. */
    static double openWeightsE(CapabilityFunction capability, double baseE, double plateauOom, double flopPerTaskAtK1,
                               double budgetUsdPerTask, double flopPerDollar) {
        double k = budgetUsdPerTask * flopPerDollar / flopPerTaskAtK1;
        if (!(k >= 1)) {
            return Double.NaN;
        }
        k = Math.min(k, Math.pow(10, plateauOom));
        return baseE + capability.gain(TaskClass.REASONING, plateauOom, k);
    }

    /** The best of the uncovered models (NaN: none reachable). */
    static double bestE(Iterable<DeployedModel> deployments, CapabilityFunction capability, double tokensPerTask,
                        double budgetUsdPerTask, double flopPerDollar) {
        double best = Double.NaN;
        for (DeployedModel d : deployments) {
            if (d.covered()) {
                continue;
            }
            double e = d.openWeights()
                    ? openWeightsE(capability, d.model().baseE(), d.model().plateauOom(),
                            d.model().shape().flopPerQuery(tokensPerTask, 1), budgetUsdPerTask, flopPerDollar)
                    : d.topE();
            if (!Double.isNaN(e) && (Double.isNaN(best) || e > best)) {
                best = e;
            }
        }
        return best;
    }
}
