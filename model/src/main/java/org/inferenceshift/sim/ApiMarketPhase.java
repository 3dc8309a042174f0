package org.inferenceshift.sim;

import org.inferenceshift.api.ApiMarket;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The enterprise / API market (issue 18 item 5): labs publish their API price lists (each lab's markup
 * over its serving cost, by its API pricing decision) and the buyers split their queries among them and
 * not buying. Does nothing when {@code api.enabled} is false. The serving phase then serves these queries
 * from the same capacity as the subscribers' and pays the labs.
 */
final class ApiMarketPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        ApiMarket api = model.apiMarket();
        if (api == null) {
            return;
        }
        api.publish(model.labs(), model.capability(), model.scenario().serving(),
                model.scenario().population().successWidthE(), model.servingFlopPerDollar(),
                model.scenario().regions().size(), model.marketView());
        api.run(model.month(), model.labs().size(), model.scenario().serving().tokensPerQuery());
    }
}
