package org.inferenceshift.sim;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Applies the regulator's policy to this month's deployed models (DESIGN §8). */
final class RegulationPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        model.regulation().apply(model.labs(), model.month());
    }
}
