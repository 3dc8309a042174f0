package org.inferenceshift.metrics;

import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.TrainedModel;

/**
 * How many copies of a model a lab's serving capacity runs at once (DESIGN §9, the source texts'
 * "simultaneously served copies"). One copy generates {@code tokensPerSecondPerCopy} tokens a second and
 * a task at multiplier k needs k times the tokens of a task at k = 1, so a copy working at the task
 * speed of a k = 1 copy needs {@code 2 N tokensPerSecondPerCopy k} FLOP/s:
 * {@code copies = capacity / secondsPerMonth / (2 N tokensPerSecondPerCopy k)}.
 */
public final class ServedCopies {
    /** Seconds in one simulated month: a Julian year (365.25 days) over 12. */
    public static final double SECONDS_PER_MONTH = 365.25 * 24 * 3600 / 12;

    private ServedCopies() {
    }

    public static double of(TrainedModel model, double capacityFlopPerMonth, double multiplier,
                            double tokensPerSecondPerCopy) {
        double flopPerSecondPerCopy = ModelShape.INFERENCE_FLOP_PER_PARAMETER_TOKEN * model.shape().parameters()
                * tokensPerSecondPerCopy * multiplier;
        return capacityFlopPerMonth / SECONDS_PER_MONTH / flopPerSecondPerCopy;
    }
}
