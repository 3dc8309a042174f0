package org.inferenceshift.regulation;

import java.io.Serializable;
import java.util.List;

/**
 * Which models a regulator with a limited evaluation budget evaluates first (one decision, named
 * implementations chosen by {@code evaluationChoice}).
 */
public interface EvaluationChoice extends Serializable {
    /** The candidates, most urgent first (a new list; ties keep the candidates' order). */
    List<ObservedModel> order(List<ObservedModel> candidates);
}
