package org.inferenceshift.regulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Evaluates the model with the largest reported training compute first: what a compute-first office sees. */
public record LargestReportedCompute() implements EvaluationChoice {
    @Override
    public List<ObservedModel> order(List<ObservedModel> candidates) {
        List<ObservedModel> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble(ObservedModel::reportedTrainingFlop).reversed());
        return ordered;
    }
}
