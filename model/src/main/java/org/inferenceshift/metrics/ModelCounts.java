package org.inferenceshift.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;

/**
 * Counts over every model trained so far (the opening roster and the runs that ended), for the metrics
 * that compare the model with public trackers of large training runs. An entrant's opening model is a
 * copy of someone else's open weights (DESIGN §7: fine-tuning costs little next to training), so it is
 * not a new training run and is left out.
 */
final class ModelCounts {
    private ModelCounts() {
    }

    /** Released models whose physical training compute (pre- plus post-training) is at least {@code flop}. */
    static int releasedAtLeast(List<TrainedModel> models, List<Lab> labs, double flop) {
        Map<String, Integer> entryStep = entrySteps(labs);
        int count = 0;
        for (TrainedModel m : models) {
            if (m.isReleased() && isOwnRun(m, entryStep) && trainingFlop(m) >= flop) {
                count++;
            }
        }
        return count;
    }

    /** The largest physical training compute (pre- plus post-training) of any released model (NaN if none). */
    static double largestReleasedTrainingFlop(List<TrainedModel> models, List<Lab> labs) {
        Map<String, Integer> entryStep = entrySteps(labs);
        double largest = Double.NaN;
        for (TrainedModel m : models) {
            if (m.isReleased() && isOwnRun(m, entryStep)) {
                largest = Double.isNaN(largest) ? trainingFlop(m) : Math.max(largest, trainingFlop(m));
            }
        }
        return largest;
    }

    /**
     * Of the models released at least {@code minAgeMonths} before {@code month}, the share whose deployment
     * compute so far exceeds their pre-training compute (NaN if there are none).
     */
    static double deploymentExceedsPretrainingShare(List<TrainedModel> models, int month, int minAgeMonths) {
        int old = 0;
        int exceeding = 0;
        for (TrainedModel m : models) {
            if (m.isReleased() && month - m.releaseStep() >= minAgeMonths) {
                old++;
                if (m.deploymentFlop() > m.physicalFlop()) {
                    exceeding++;
                }
            }
        }
        return old > 0 ? (double) exceeding / old : Double.NaN;
    }

    private static double trainingFlop(TrainedModel m) {
        return m.physicalFlop() + m.postTrainingFlop();
    }

    private static boolean isOwnRun(TrainedModel m, Map<String, Integer> entryStep) {
        int entered = entryStep.getOrDefault(m.labId(), 0);
        return entered == 0 || m.trainedStep() != entered;
    }

    private static Map<String, Integer> entrySteps(List<Lab> labs) {
        Map<String, Integer> steps = new HashMap<>();
        for (Lab lab : labs) {
            steps.put(lab.getId(), lab.getEntryStep());
        }
        return steps;
    }
}
