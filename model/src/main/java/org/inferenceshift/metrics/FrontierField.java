package org.inferenceshift.metrics;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.sim.IndustryModel;

/**
 * Where the labs stand against the frontier (the best deployed reasoning E at a lab's top tier): how many
 * are close to it, how far the best open-weight lab trails, and what the frontier of a given month costs
 * to reach later.
 */
final class FrontierField {
    private FrontierField() {
    }

    /** Active labs serving a model within {@code gapE} of the frontier (0 when nothing is deployed). */
    static int labsWithin(IndustryModel model, double frontierE, double gapE) {
        int count = 0;
        for (Lab lab : model.labs()) {
            if (lab.isActive() && lab.deployed() != null && model.reasoning().topReasoningE(lab) >= frontierE - gapE) {
                count++;
            }
        }
        return count;
    }

    /** Frontier E minus the best active open-weight lab's E at its top tier (NaN with no open-weight lab). */
    static double openWeightGapE(IndustryModel model, double frontierE) {
        double bestOpen = Double.NaN;
        for (Lab lab : model.labs()) {
            if (lab.isActive() && lab.isOpenWeights() && lab.deployed() != null) {
                double e = model.reasoning().topReasoningE(lab);
                bestOpen = Double.isNaN(bestOpen) ? e : Math.max(bestOpen, e);
            }
        }
        return frontierE - bestOpen;
    }

    /**
     * Cost of one query ({@code tokensPerQuery} output tokens at k) of the cheapest configuration (an active
     * lab's deployed model, any k &gt;= 1 below its plateau) whose reasoning E reaches {@code targetE}, at this
     * month's FLOP price; NaN if none reaches it. Same inversion as {@link HumanLevelCost}.
     */
    static double cheapestQueryReaching(IndustryModel model, double targetE, double tokensPerQuery) {
        CapabilityFunction capability = model.capability();
        double best = Double.NaN;
        for (Lab lab : model.labs()) {
            TrainedModel m = lab.deployed();
            if (!lab.isActive() || m == null) {
                continue;
            }
            double k = capability.multiplierForGain(TaskClass.REASONING, m.plateauOom(), targetE - m.baseE());
            if (Double.isInfinite(k)) {
                continue;
            }
            double cost = m.shape().flopPerQuery(tokensPerQuery, k) / model.flopPerDollar();
            best = Double.isNaN(best) ? cost : Math.min(best, cost);
        }
        return best;
    }
}
