package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.compute.ModelShape;

/**
 * A model that finished training. Its training facts never change; the compute spent serving it
 * accumulates over its deployment, which is what the lifetime-compute metrics read (DESIGN §5).
 */
public final class TrainedModel implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final String labId;
    private final int trainedStep;
    private final double physicalFlop;
    private final double effectiveFlop;
    private final double postTrainingFlop;
    private final ModelShape shape;
    private final double baseE;
    private final double plateauOom;
    private final boolean openWeights;
    private int releaseStep = -1;
    private double deploymentFlop;
    private double largestSiteFlopPerMonth;
    private int trainingSites = 1;

    public TrainedModel(int id, String labId, int trainedStep, double physicalFlop, double effectiveFlop,
                        double postTrainingFlop, ModelShape shape, double baseE, double plateauOom,
                        boolean openWeights) {
        this.id = id;
        this.labId = labId;
        this.trainedStep = trainedStep;
        this.physicalFlop = physicalFlop;
        this.effectiveFlop = effectiveFlop;
        this.postTrainingFlop = postTrainingFlop;
        this.shape = shape;
        this.baseE = baseE;
        this.plateauOom = plateauOom;
        this.openWeights = openWeights;
    }

    public int id() { return id; }
    public String labId() { return labId; }
    public int trainedStep() { return trainedStep; }
    public double physicalFlop() { return physicalFlop; }
    public double effectiveFlop() { return effectiveFlop; }
    public double postTrainingFlop() { return postTrainingFlop; }
    public ModelShape shape() { return shape; }
    public double baseE() { return baseE; }
    public double plateauOom() { return plateauOom; }
    public boolean openWeights() { return openWeights; }
    public int releaseStep() { return releaseStep; }
    public boolean isReleased() { return releaseStep >= 0; }
    public double deploymentFlop() { return deploymentFlop; }
    /** The most training compute its run put through one site in one month (what site monitoring sees). */
    public double largestSiteFlopPerMonth() { return largestSiteFlopPerMonth; }

    public void setLargestSiteFlopPerMonth(double flop) {
        largestSiteFlopPerMonth = flop;
    }

    /** Sites its training run was spread over (1 unless the lab split it to avoid site monitoring). */
    public int trainingSites() { return trainingSites; }

    public void setTrainingSites(int sites) {
        trainingSites = sites;
    }

    void markReleased(int step) {
        this.releaseStep = step;
    }

    public void addDeploymentFlop(double flop) {
        deploymentFlop += flop;
    }

    /** Pre-training plus post-training plus all deployment compute so far. */
    public double lifetimeFlop() {
        return physicalFlop + postTrainingFlop + deploymentFlop;
    }

    /** Share of the lifetime compute so far that went into training (pre- and post-training). */
    public double trainingShareOfLifetime() {
        return (physicalFlop + postTrainingFlop) / lifetimeFlop();
    }
}
