package org.inferenceshift.labs;

import java.io.Serializable;

/** A pre-training run in progress: compute accumulates month by month at that month's prices and algorithms. */
public final class TrainingRun implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int startStep;
    private final double tokensPerParameter;
    private double physicalFlop;
    private double effectiveFlop;
    private double postTrainingFlop;

    public TrainingRun(int startStep, double tokensPerParameter) {
        this.startStep = startStep;
        this.tokensPerParameter = tokensPerParameter;
    }

    public void addPretraining(double physical, double algorithmicMultiplier) {
        physicalFlop += physical;
        effectiveFlop += physical * algorithmicMultiplier;
    }

    public void addPostTraining(double physical) {
        postTrainingFlop += physical;
    }

    public int startStep() { return startStep; }
    public double tokensPerParameter() { return tokensPerParameter; }
    public double physicalFlop() { return physicalFlop; }
    public double effectiveFlop() { return effectiveFlop; }
    public double postTrainingFlop() { return postTrainingFlop; }

    public int monthsElapsed(int step) {
        return step - startStep + 1;
    }
}
