package org.inferenceshift.metrics;

import org.inferenceshift.labs.TrainedModel;

/**
 * An active lab's deployed model as the metrics see it this month.
 *
 * @param openWeights whether the lab publishes its weights
 * @param topE        reasoning E at the lab's top tier, IDA gains released so far included
 * @param covered     whether at least one regulator covers the lab this month
 */
record DeployedModel(TrainedModel model, boolean openWeights, double topE, boolean covered) {
}
