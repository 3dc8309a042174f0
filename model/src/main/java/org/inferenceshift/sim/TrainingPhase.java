package org.inferenceshift.sim;

import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.labs.TrainingRun;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Ends training runs that have lasted their lab's trainingMonths. The finished model replaces the
 * deployed one if it is more capable on reasoning tasks at the lab's highest tier; otherwise it is
 * recorded and shelved (the compute is sunk either way).
 */
final class TrainingPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        int month = model.month();
        for (Lab lab : model.labs()) {
            TrainingRun run = lab.run();
            if (!lab.isActive() || run == null || run.monthsElapsed(month) < lab.getTrainingMonths()) {
                continue;
            }
            lab.setRun(null);
            if (run.physicalFlop() <= 0) {
                continue;
            }
            TrainedModel candidate = model.newModel(lab, month, run.physicalFlop(), run.effectiveFlop(),
                    run.postTrainingFlop());
            double k = lab.menu().maxMultiplier();
            if (lab.deployed() == null || model.reasoningE(candidate, k) > model.reasoningE(lab.deployed(), k)) {
                lab.deploy(candidate, month);
            }
        }
    }
}
