package org.inferenceshift.regulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Evaluates the model of the lab with the highest revenue first: the most used models first. */
public record HighestRevenue() implements EvaluationChoice {
    @Override
    public List<ObservedModel> order(List<ObservedModel> candidates) {
        List<ObservedModel> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble(ObservedModel::labAnnualRevenueUsd).reversed());
        return ordered;
    }
}
