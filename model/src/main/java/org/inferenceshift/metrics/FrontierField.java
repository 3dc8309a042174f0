package org.inferenceshift.metrics;

import java.util.List;

/**
 * Where the labs stand against the frontier (the best deployed reasoning E at a lab's top tier): how many
 * are close to it and how far the best open-weight lab trails (what the frontier of a given month costs
 * to reach later is {@link ConstantCapabilityPrice}). Each reads the active labs' deployed models, in lab order.
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
}
