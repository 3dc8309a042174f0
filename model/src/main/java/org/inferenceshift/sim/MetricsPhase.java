package org.inferenceshift.sim;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records the month's metrics row; after the horizon's last month it ends the run. The state is checked
 * for NaN and infinity first, so no recorded number is computed from a poisoned one.
 */
final class MetricsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        NumericalGuard.check(model);
        model.recorder().record(model);
        if (model.month() >= model.scenario().horizonMonths() - 1) {
            model.kill();
        }
    }
}
