package org.inferenceshift.sim;

import org.inferenceshift.labs.Lab;
import org.inferenceshift.market.SnapshotBuilder;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Labs first make the distilled models their menus serve (a lab pays, once per flagship, the compute of
 * distilling it when a tier first needs the distilled model); then this month's offers are published as
 * a snapshot and the user pass runs over it, with this month's share of people using AI (Bass adoption).
 */
final class UserChoicePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        distil(model);
        SnapshotBuilder.build(model.snapshot(), model.labs(), model.subscriberShares(), model.capability(),
                model.scenario().serving(), model.scenario().choice(), model.scenario().regions().size(),
                model.scenario().population().successWidthE());
        // self-hosters pay serving compute at the price labs pay for it (MODEL.md §7.3)
        SnapshotBuilder.priceSelfHosting(model.snapshot(), model.servingFlopPerDollar());
        model.userPass().setAdoption(model.adoption(), model.adoption().share(model.month()));
        model.setTally(model.userPass().run(model.population(), model.snapshot()));
    }

    private static void distil(IndustryModel model) {
        double share = model.scenario().pricing().distillationComputeShare();
        for (Lab lab : model.labs()) {
            if (!lab.isActive() || lab.deployed() == null) {
                continue;
            }
            double flop = lab.family().distil(lab.menu(), lab.deployed(), share);
            if (flop > 0) {
                double usd = flop / model.flopPerDollar();
                lab.finance().payDistillation(usd);
                model.ledger().addSpend(usd);
            }
        }
    }
}
