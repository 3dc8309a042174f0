package org.inferenceshift.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.scenario.FinanceParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Closes the month's books: capital raises, then every active lab's month closes (its revenue becomes the
 * next budget's revenue term, its run of negative-cash months is counted).
 *
 * <p>Raise (every raiseIntervalMonths, staggered by lab index):
 * {@code investorAppetite * max(revenueMultiple * 12 * monthly revenue, minimumRaiseUsd) / capability rank},
 * rank 1 being the lab whose deployed model is most capable on reasoning at its top tier.
 */
final class FinancePhase implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Investors value a lab on annual revenue: a unit conversion, not a parameter. */
    private static final int MONTHS_PER_YEAR = 12;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        int month = model.month();
        FinanceParams finance = model.scenario().finance();
        List<Lab> ranked = rankByCapability(model);
        for (int rank = 0; rank < ranked.size(); rank++) {
            Lab lab = ranked.get(rank);
            if ((month + lab.getIndex()) % finance.raiseIntervalMonths() == finance.raiseIntervalMonths() - 1) {
                double valuation = Math.max(finance.revenueMultiple() * MONTHS_PER_YEAR * lab.finance().getRevenueUsd(),
                        finance.minimumRaiseUsd());
                double raise = finance.investorAppetite() * valuation / (rank + 1);
                lab.finance().receiveRaise(raise);
                model.ledger().addRaise(raise);
            }
        }
        for (Lab lab : model.labs()) {
            if (lab.isActive()) {
                lab.finance().closeMonth();
            }
        }
    }

    private static List<Lab> rankByCapability(IndustryModel model) {
        List<Lab> active = new ArrayList<>();
        for (Lab lab : model.labs()) {
            if (lab.isActive() && lab.deployed() != null) {
                active.add(lab);
            }
        }
        active.sort(Comparator.comparingDouble((Lab lab) -> -model.reasoning().topReasoningE(lab))
                .thenComparingInt(Lab::getIndex));
        return active;
    }
}
