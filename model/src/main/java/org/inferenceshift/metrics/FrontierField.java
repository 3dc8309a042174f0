package org.inferenceshift.metrics;

import java.util.List;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.labs.TrainedModel;

/**
 * Where the labs stand against the frontier (the best deployed reasoning E at a lab's top tier): how many
 * are close to it, how far the best open-weight lab trails, and what the frontier of a given month costs
 * to reach later. Each reads the active labs' deployed models, in lab order.
 */
final class FrontierField {
    private FrontierField() {
    }

    /** Deployed models within {@code gapE} of the frontier (0 when nothing is deployed). */
    static int labsWithin(List<DeployedModel> deployments, double frontierE, double gapE) {
        int count = 0;
        for (DeployedModel d : deployments) {
            if (d.topE() >= frontierE - gapE) {
                count++;
            }
        }
        return count;
    }

    /** Frontier E minus the best open-weight lab's E at its top tier (NaN with no open-weight lab). */
    static double openWeightGapE(List<DeployedModel> deployments, double frontierE) {
        double bestOpen = Double.NaN;
        for (DeployedModel d : deployments) {
            if (d.openWeights()) {
                bestOpen = Double.isNaN(bestOpen) ? d.topE() : Math.max(bestOpen, d.topE());
            }
        }
        return frontierE - bestOpen;
    }

    /**
     * Cost of one query ({@code tokensPerQuery} output tokens at k) of the cheapest configuration (a
     * deployed model, any k &gt;= 1 below its plateau) whose reasoning E reaches {@code targetE}, at
     * {@code flopPerDollar}; NaN if none reaches it. Same inversion as {@link HumanLevelCost}.
     */
    static double cheapestQueryReaching(List<DeployedModel> deployments, CapabilityFunction capability,
                                        double targetE, double tokensPerQuery, double flopPerDollar) {
        double best = Double.NaN;
        for (DeployedModel d : deployments) {
            TrainedModel m = d.model();
            double k = capability.multiplierForGain(TaskClass.REASONING, m.plateauOom(), targetE - m.baseE());
            if (Double.isInfinite(k)) {
                continue;
            }
            double cost = m.shape().flopPerQuery(tokensPerQuery, k) / flopPerDollar;
            best = Double.isNaN(best) ? cost : Math.min(best, cost);
        }
        return best;
    }
}
