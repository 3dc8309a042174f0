package org.inferenceshift.scenario;

/** How a regulator with a limited evaluation budget picks the deployed models it evaluates first. */
public enum EvaluationChoiceKind {
    /** The model with the largest reported training compute first. */
    LARGEST_REPORTED_COMPUTE,
    /** The model of the lab with the highest revenue first (the most used). */
    HIGHEST_REVENUE
}
