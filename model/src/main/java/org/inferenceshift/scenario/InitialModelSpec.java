package org.inferenceshift.scenario;

import java.io.Serializable;

/** The model a lab has deployed when the run starts. */
public record InitialModelSpec(
        @Param(min = 1e15, max = 1e35, unit = "FLOP", doc = "Physical pre-training compute of the lab's deployed model at the start.")
        double trainingFlop,
        @Param(min = 0, max = 1e35, unit = "FLOP", doc = "Reasoning post-training compute of that model.")
        double postTrainingFlop) implements Serializable {
}
