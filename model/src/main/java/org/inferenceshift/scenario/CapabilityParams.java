package org.inferenceshift.scenario;

import java.io.Serializable;


/** DESIGN §4: the capability production function. */
public record CapabilityParams(
        @Param(min = 1e15, max = 1e40, unit = "FLOP (effective)", doc = "Data wall W: effective pre-training compute above which returns fall.")
        double dataWallFlop,
        @Param(min = 0, max = 1, unit = "share", doc = "Share of the usual capability per OOM earned above the data wall (1 = no wall).")
        double returnsAboveWall,
        @Param(min = 0, max = 2, unit = "OOM E per OOM k", doc = "beta_reasoning: capability slope of inference on reasoning tasks at k = 1.")
        double betaReasoning,
        @Param(min = 0, max = 2, unit = "OOM E per OOM k", doc = "beta_intuitive: capability slope of inference on intuitive tasks at k = 1.")
        double betaIntuitive,
        @Param(min = 0.01, max = 10, unit = "OOM of k", doc = "P_min: inference plateau of a model without reasoning post-training.")
        double plateauMinOom,
        @Param(min = 0.01, max = 10, unit = "OOM of k", doc = "P_max: inference plateau with saturated reasoning post-training.")
        double plateauMaxOom,
        @Param(unit = "HARD or SATURATING", doc = "Shape of the inference gain at the plateau: HARD stops at beta P at k = 10^P; SATURATING approaches beta P smoothly.")
        GainShape gainShape,
        @Param(min = 1e-6, max = 100, unit = "ratio", doc = "RL spend, relative to physical pre-training compute, that closes 63% of the gap to P_max.")
        double rlScale,
        @Param(min = 0, max = 60, unit = "E (OOM)", doc = "E at which a configuration counts as human-level (cost-per-task metric).")
        double humanLevelE,
        @Param(min = 0, max = 60, unit = "E (OOM)", doc = "E at or above which usage counts as high-capability (regulation metric).")
        double dangerE) implements Serializable {
}
