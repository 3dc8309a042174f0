package org.inferenceshift.sim;

import org.inferenceshift.market.SnapshotBuilder;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Publishes this month's offers as a snapshot and runs the user pass over it. */
final class UserChoicePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        SnapshotBuilder.build(model.snapshot(), model.labs(), model.subscriberShares(), model.capability(),
                model.scenario().serving(), model.scenario().choice(), model.scenario().regions().size(),
                model.scenario().population().successWidthE());
        model.setTally(model.userPass().run(model.population(), model.snapshot()));
    }
}
