package org.inferenceshift.labs;

import org.inferenceshift.scenario.IdaParams;

/**
 * Stops after {@code iterations} iterations in a row each gaining under {@code thresholdE}
 * ({@code ida.stopping} AFTER_LOW_GAINS); a better iteration resets the count.
 */
public final class StopAfterLowGains implements IdaStopping {
    private static final long serialVersionUID = 1L;

    /** The threshold and the run length, from the scenario's ida section. */
    public record Params(double thresholdE, int iterations) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public static Params of(IdaParams ida) {
            return new Params(ida.lowGainThresholdE(), ida.lowGainIterations());
        }
    }

    private final Params params;
    private int lowInARow;

    public StopAfterLowGains(Params params) {
        this.params = params;
    }

    @Override
    public boolean stopAfter(double gainE) {
        lowInARow = gainE < params.thresholdE() ? lowInARow + 1 : 0;
        return lowInARow >= params.iterations();
    }
}
