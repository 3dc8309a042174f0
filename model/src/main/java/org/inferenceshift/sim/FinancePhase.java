package org.inferenceshift.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.scenario.FinanceParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Closes the month for every lab: capital raises, the revenue carried into next month's budget, exit of
 * labs whose cash stayed negative, then each surviving lab's strategy and menu review. Entrants arrive
 * last ({@link Entry}), ready for next month.
 *
 * <p>Raise (every raiseIntervalMonths, staggered by lab index):
 * {@code investorAppetite * max(revenueMultiple * 12 * monthly revenue, minimumRaiseUsd) / capability rank},
 * rank 1 being the lab whose deployed model is most capable on reasoning at its top tier.
 */
final class FinancePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        int month = model.month();
        FinanceParams finance = model.scenario().finance();
        List<Lab> ranked = rankByCapability(model);
        for (int rank = 0; rank < ranked.size(); rank++) {
            Lab lab = ranked.get(rank);
            if ((month + lab.getIndex()) % finance.raiseIntervalMonths() == finance.raiseIntervalMonths() - 1) {
                double valuation = Math.max(finance.revenueMultiple() * 12 * lab.getRevenueUsd(), finance.minimumRaiseUsd());
                double raise = finance.investorAppetite() * valuation / (rank + 1);
                lab.receiveRaise(raise);
                model.ledger().addRaise(raise);
            }
        }
        for (Lab lab : model.labs()) {
            if (!lab.isActive()) {
                continue;
            }
            lab.closeMonth();
            if (lab.getNegativeCashMonths() >= finance.exitAfterNegativeMonths()) {
                lab.exit(month);
                continue;
            }
            lab.allocationStrategy().endOfMonth(lab, model);
            lab.pricingPolicy().revise(lab, model);
        }
        Entry.arrive(model);
    }

    private static List<Lab> rankByCapability(IndustryModel model) {
        List<Lab> active = new ArrayList<>();
        for (Lab lab : model.labs()) {
            if (lab.isActive() && lab.deployed() != null) {
                active.add(lab);
            }
        }
        active.sort(Comparator.comparingDouble((Lab lab) -> -model.topReasoningE(lab)).thenComparingInt(Lab::getIndex));
        return active;
    }
}
