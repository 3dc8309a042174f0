package org.inferenceshift.regulation;

import java.util.List;

/**
 * What one regulator observes of the industry this month: the deployed models of active labs (with their
 * reported training compute and the capability it can see), the largest reported training compute among
 * them and the best visible E.
 */
public record RegulatorView(List<ObservedModel> deployed, double largestReportedTrainingFlop, double bestVisibleE) {
    public RegulatorView {
        deployed = List.copyOf(deployed);
    }
}
