package org.inferenceshift.regulation;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * One regulatory policy kind (DESIGN §8): which models it covers. Each kind is one implementation;
 * {@link Policies} maps the scenario's {@code PolicyKind} to it.
 */
public interface RegulatoryPolicy extends Serializable {
    boolean covers(CoverageFacts facts);

    /**
     * The training-compute threshold that would apply to a run with this much post-training compute, if the
     * policy is based on training compute; labs plan their runs against it (bunching). Empty otherwise.
     */
    default OptionalDouble trainingThreshold(double postTrainingFlop) {
        return OptionalDouble.empty();
    }

    /**
     * The threshold as it applies to a run whose largest site trains {@code siteFlopPerMonth} a month: the
     * same as {@link #trainingThreshold(double)} unless the policy sees only some sites.
     */
    default OptionalDouble trainingThreshold(double postTrainingFlop, double siteFlopPerMonth) {
        return trainingThreshold(postTrainingFlop);
    }

    /** The smallest site this policy monitors (training compute per month), if it sees training by site. */
    default OptionalDouble monitoredSiteFlopPerMonth() {
        return OptionalDouble.empty();
    }

    /** The annual revenue (USD/year) from which this policy covers a lab, if it has a revenue line. */
    default OptionalDouble revenueLineUsd() {
        return OptionalDouble.empty();
    }
}
