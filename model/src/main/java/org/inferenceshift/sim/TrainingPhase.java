package org.inferenceshift.sim;

import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.labs.TrainingRun;
import org.inferenceshift.regulation.Regulator;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Ends training runs that have lasted their lab's trainingMonths. The run's effective compute is scaled
 * by how far its tokens-per-parameter ratio is from compute-optimal. The finished model replaces the
 * deployed one if it is more capable on reasoning tasks at the lab's highest tier (IDA gains carry over
 * to the new model either way); otherwise it is recorded and shelved (the compute is sunk). A model some
 * regulator covers waits for that regulator's evaluation period (the longest, if several) before release.
 */
final class TrainingPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The longest evaluation period of the regulators that would cover the model (0 if none does). */
    private static int releaseDelay(IndustryModel model, Lab lab, TrainedModel candidate) {
        int delay = 0;
        for (Regulator regulator : model.regulators()) {
            if (regulator.covers(lab, candidate)) {
                delay = Math.max(delay, regulator.spec().releaseDelayMonths());
            }
        }
        return delay;
    }

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        int month = model.month();
        for (Lab lab : model.labs()) {
            TrainingRun run = lab.training().run();
            if (!lab.isActive() || run == null || run.monthsElapsed(month) < lab.getTrainingMonths()) {
                continue;
            }
            lab.training().setRun(null);
            if (run.physicalFlop() <= 0) {
                continue;
            }
            double effective = run.effectiveFlop()
                    * model.computeOptimality().effectiveComputeFactor(run.tokensPerParameter());
            TrainedModel candidate = model.newModel(lab, month, run.physicalFlop(), effective,
                    run.postTrainingFlop(), run.tokensPerParameter());
            candidate.setLargestSiteFlopPerMonth(run.largestSiteFlopPerMonth());
            candidate.setTrainingSites(run.sites());
            double k = lab.menu().maxMultiplier();
            ReasoningCapability reasoning = model.reasoning();
            if (lab.deployed() == null || reasoning.reasoningE(candidate, k) > reasoning.reasoningE(lab.deployed(), k)) {
                int delay = releaseDelay(model, lab, candidate);
                if (delay == 0) {
                    lab.deploy(candidate, month);
                } else {
                    lab.training().holdForRelease(candidate, month + delay);
                }
            }
        }
    }
}
