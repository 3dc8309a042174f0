package org.inferenceshift.sim;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Entrants arrive last in the month ({@link Entry}), ready to sell from next month. */
final class EntryPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Entry.arrive((IndustryModel) state);
    }
}
