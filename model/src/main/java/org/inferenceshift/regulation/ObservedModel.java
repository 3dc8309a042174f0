package org.inferenceshift.regulation;

import org.inferenceshift.labs.TrainedModel;

/**
 * A deployed model as one regulator observes it this month.
 *
 * @param labIndex             the index of the lab that deploys it
 * @param model                the model
 * @param reportedTrainingFlop training compute as the lab reports it (with the regulator's reporting error)
 * @param visibleE             E at k = 1 with the IDA gains the regulator can see (internal ones with disclosure)
 * @param labAnnualRevenueUsd  12 times the lab's last monthly revenue
 */
public record ObservedModel(int labIndex, TrainedModel model, double reportedTrainingFlop, double visibleE,
                            double labAnnualRevenueUsd) {
}
