package org.inferenceshift.compute;

import java.io.Serializable;

/**
 * Parameters N and tokens D of a training run (DESIGN §5): C = 6 N D with D = r N, so
 * N = sqrt(C / (6 r)) and D = r N. Serving one query of {@code tokens} output tokens at inference
 * multiplier k costs 2 N tokens k FLOP.
 */
public record ModelShape(double parameters, double tokens) implements Serializable {
    public static final double TRAINING_FLOP_PER_PARAMETER_TOKEN = 6.0;
    public static final double INFERENCE_FLOP_PER_PARAMETER_TOKEN = 2.0;

    public static ModelShape fromCompute(double physicalFlop, double tokensPerParameter) {
        double n = Math.sqrt(physicalFlop / (TRAINING_FLOP_PER_PARAMETER_TOKEN * tokensPerParameter));
        return new ModelShape(n, tokensPerParameter * n);
    }

    public double flopPerQuery(double tokensPerQuery, double k) {
        return INFERENCE_FLOP_PER_PARAMETER_TOKEN * parameters * tokensPerQuery * k;
    }
}
