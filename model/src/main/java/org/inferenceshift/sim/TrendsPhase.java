package org.inferenceshift.sim;

import org.inferenceshift.labs.Lab;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Opens the month: this month's FLOP per dollar and algorithmic multiplier; labs' monthly flows reset. */
final class TrendsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        model.setTrendsFor(model.month());
        for (Lab lab : model.labs()) {
            lab.startMonth();
        }
    }
}
