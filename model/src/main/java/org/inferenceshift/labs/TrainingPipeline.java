package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * A lab's models on their way to users: the run in training, and a finished model held back until its
 * release month (a covered model's evaluation period).
 */
public final class TrainingPipeline implements Serializable {
    private static final long serialVersionUID = 1L;

    private TrainingRun run;
    private TrainedModel pendingModel;
    private int pendingReleaseMonth = -1;

    /** The run in training, or null between runs. */
    public TrainingRun run() { return run; }

    public void setRun(TrainingRun run) { this.run = run; }

    /** Holds a finished model until {@code month}. */
    public void holdForRelease(TrainedModel model, int month) {
        pendingModel = model;
        pendingReleaseMonth = month;
    }

    public TrainedModel pendingModel() { return pendingModel; }

    /** The held model if its release month has come (and no longer holds it), else null. */
    public TrainedModel takeDueRelease(int month) {
        if (pendingModel == null || month < pendingReleaseMonth) {
            return null;
        }
        TrainedModel due = pendingModel;
        pendingModel = null;
        pendingReleaseMonth = -1;
        return due;
    }
}
