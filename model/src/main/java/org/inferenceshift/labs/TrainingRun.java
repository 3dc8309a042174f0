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
    private double costUsd;
    private boolean capped;
    private int sites = 1;
    private double largestSiteFlopPerMonth;

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

    /** Adds the cost of this month's final-run compute (what a compliance share of training cost is of). */
    public void addCost(double usd) {
        costUsd += usd;
    }

    /** Marks the run as stopped below a training threshold: it takes no more compute. */
    public void cap() {
        capped = true;
    }

    /**
     * Records this month's training compute spread evenly over {@code sites} sites (the run keeps the most
     * sites it ever used, and the largest compute one site took in a month).
     */
    public void recordSites(double monthFlop, int sites) {
        this.sites = Math.max(this.sites, sites);
        largestSiteFlopPerMonth = Math.max(largestSiteFlopPerMonth, monthFlop / sites);
    }

    public int sites() { return sites; }
    public double largestSiteFlopPerMonth() { return largestSiteFlopPerMonth; }
    public boolean isCapped() { return capped; }
    public double costUsd() { return costUsd; }
    public double trainingFlop() { return physicalFlop + postTrainingFlop; }
    public int startStep() { return startStep; }
    public double tokensPerParameter() { return tokensPerParameter; }
    public double physicalFlop() { return physicalFlop; }
    public double effectiveFlop() { return effectiveFlop; }
    public double postTrainingFlop() { return postTrainingFlop; }

    public int monthsElapsed(int step) {
        return step - startStep + 1;
    }
}
