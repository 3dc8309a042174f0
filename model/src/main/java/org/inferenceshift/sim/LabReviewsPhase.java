package org.inferenceshift.sim;

import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.MarketView;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Each active lab in index order: it exits if its cash has stayed negative exitAfterNegativeMonths months
 * (DESIGN §7); otherwise it reviews its allocation, then its tier menu, then
 * its capacity planning sees the month's serving, and its API pricing the month's API sales (when the API
 * market is on), through the market view. Exit is
 * decided here, lab by lab, rather than in finance: a lab reviewing before a failing rival still sees that
 * rival in the market, and every review draws from the one generator in this order.
 */
final class LabReviewsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        int exitAfter = model.scenario().finance().exitAfterNegativeMonths();
        MarketView market = model.marketView();
        for (Lab lab : model.labs()) {
            if (!lab.isActive()) {
                continue;
            }
            if (lab.finance().getNegativeCashMonths() >= exitAfter) {
                lab.exit(model.month());
                continue;
            }
            lab.decisions().allocation().review(lab, market);
            lab.decisions().pricing().revise(lab, lab.menu(), lab.tierStats(), market);
            lab.decisions().capacity().review(lab, lab.serving(), market);
            if (model.apiMarket() != null) {
                lab.decisions().apiPricing().review(lab, model.apiMarket().outcome(lab.getIndex()), market);
            }
        }
    }
}
