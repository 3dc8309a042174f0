package org.inferenceshift.sim;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Ends the month for its observers (the run's metrics recorder records the month's row); after the
 * horizon's last month it ends the run. The state is checked for NaN and infinity first, so no observer
 * sees, and no recorded number is computed from, a poisoned state.
 */
final class MetricsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        NumericalGuard.check(model);
        model.notifyMonthEnded();
        if (model.month() >= model.scenario().horizonMonths() - 1) {
            model.kill();
        }
    }
}
