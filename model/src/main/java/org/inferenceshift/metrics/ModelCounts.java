package org.inferenceshift.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inferenceshift.labs.TrainedModel;

/**
 * Counts over every model trained so far (the opening roster and the runs that ended), for the metrics
 * that compare the model with public trackers of large training runs. An entrant's opening model is a
 * copy of someone else's open weights (DESIGN §7: fine-tuning costs little next to training), so it is
 * not a new training run and is left out ({@link #ownRuns}).
 */
final class ModelCounts {
    private ModelCounts() {
    }

    /**
     * The models that were training runs of their own lab, in the order given: every model of the opening
     * roster (labs entered in month 0), and an entrant's models except the copy it entered with.
     *
     * @param entryMonthByLab each lab's entry month, by lab id
     */
    static List<TrainedModel> ownRuns(List<TrainedModel> models, Map<String, Integer> entryMonthByLab) {
        List<TrainedModel> runs = new ArrayList<>();
        for (TrainedModel m : models) {
            int entered = entryMonthByLab.getOrDefault(m.labId(), 0);
            if (entered == 0 || m.trainedStep() != entered) {
                runs.add(m);
            }
        }
        return runs;
    }

    /** Released runs whose physical training compute (pre- plus post-training) is at least {@code flop}. */
    static int releasedAtLeast(List<TrainedModel> ownRuns, double flop) {
        int count = 0;
        for (TrainedModel m : ownRuns) {
            if (m.isReleased() && trainingFlop(m) >= flop) {
                count++;
            }
        }
        return count;
    }

    /** The largest physical training compute (pre- plus post-training) of any released run (NaN if none). */
    static double largestReleasedTrainingFlop(List<TrainedModel> ownRuns) {
        double largest = Double.NaN;
        for (TrainedModel m : ownRuns) {
            if (m.isReleased()) {
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
}
