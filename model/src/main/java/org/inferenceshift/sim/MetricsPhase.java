package org.inferenceshift.sim;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Records the month's metrics row; after the horizon's last month it ends the run. */
final class MetricsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        model.recorder().record(model);
        if (model.month() >= model.scenario().horizonMonths() - 1) {
            model.kill();
        }
    }
}
