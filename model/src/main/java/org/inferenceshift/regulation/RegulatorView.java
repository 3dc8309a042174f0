package org.inferenceshift.regulation;

import java.util.List;

/**
 * What one regulator observes of the industry this month: the deployed models of active labs (with their
 * reported training compute and the capability it can see), the largest reported training compute among
 * them, the best visible E, and (with disclosure of near-term plans) the largest training compute a run in
 * progress is on course for (0 when no plan is disclosed).
 */
public record RegulatorView(List<ObservedModel> deployed, double largestReportedTrainingFlop, double bestVisibleE,
                            double largestPlannedTrainingFlop) {
    public RegulatorView {
        deployed = List.copyOf(deployed);
    }

    public RegulatorView(List<ObservedModel> deployed, double largestReportedTrainingFlop, double bestVisibleE) {
        this(deployed, largestReportedTrainingFlop, bestVisibleE, 0);
    }

    /** The frontier a threshold should track: the largest deployed run, or a larger disclosed plan. */
    public double frontierTrainingFlop() {
        return Math.max(largestReportedTrainingFlop, largestPlannedTrainingFlop);
    }
}
