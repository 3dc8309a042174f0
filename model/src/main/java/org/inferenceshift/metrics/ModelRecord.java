package org.inferenceshift.metrics;

import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.TrainedModel;

/**
 * One model ever trained, as {@code models.csv} reports it at the end of a run: its training facts and its
 * lifetime compute, so the source texts' appendix cross-over can be read off. With pre-training compute
 * {@code 6 N D} and deployment compute {@code 2 N d I} (d answers of I tokens each), deployment overtakes
 * pre-training when {@code d I > 3 D}; the appendix drops the constant factors ({@code C ~ N D + d N I})
 * and states it as {@code d I > D}. Both token counts are columns, so either reading can be checked.
 *
 * @param releaseMonth     month the model was first deployed, -1 if it was shelved
 * @param copiesAtRelease  copies its lab could serve in the release month ({@link ServedCopies}), NaN if
 *                         never released
 */
public record ModelRecord(
        int modelId,
        String labId,
        boolean openWeights,
        int trainedMonth,
        int releaseMonth,
        double parameters,
        double trainingTokens,
        double pretrainingFlop,
        double effectivePretrainingFlop,
        double posttrainingFlop,
        double deploymentFlop,
        double baseE,
        double plateauOom,
        double copiesAtRelease) {

    public static ModelRecord of(TrainedModel m, double copiesAtRelease) {
        return new ModelRecord(m.id(), m.labId(), m.openWeights(), m.trainedStep(), m.releaseStep(),
                m.shape().parameters(), m.shape().tokens(), m.physicalFlop(), m.effectiveFlop(),
                m.postTrainingFlop(), m.deploymentFlop(), m.baseE(), m.plateauOom(), copiesAtRelease);
    }

    public boolean released() {
        return releaseMonth >= 0;
    }

    public double lifetimeFlop() {
        return pretrainingFlop + posttrainingFlop + deploymentFlop;
    }

    public double trainingShareOfLifetime() {
        return (pretrainingFlop + posttrainingFlop) / lifetimeFlop();
    }

    /** d I: tokens generated over the model's deployment, {@code deploymentFlop / (2 N)}. */
    public double deploymentTokens() {
        return deploymentFlop / (ModelShape.INFERENCE_FLOP_PER_PARAMETER_TOKEN * parameters);
    }

    public double deploymentToPretraining() {
        return deploymentFlop / pretrainingFlop;
    }

    public boolean deploymentExceedsPretraining() {
        return deploymentFlop > pretrainingFlop;
    }
}
