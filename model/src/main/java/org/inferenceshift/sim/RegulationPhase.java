package org.inferenceshift.sim;

import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.RegulatoryStanding;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.regulation.Regulator;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Applies the regulators to this month's deployed models (DESIGN §8). Held models whose evaluation period
 * has ended are released. Each regulator then decides coverage of every deployed model; the first month a
 * model is covered, its lab either pays the regulator's compliance cost or, when that costs more than
 * withholdAboveMonthsOfRevenue months of its revenue in the region (revenue split by the region's share of
 * users) and it still sells in another region, withholds the model from that region, where its tiers then
 * leave users' choice sets.
 */
final class RegulationPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        int month = model.month();
        for (Lab lab : model.labs()) {
            if (!lab.isActive()) {
                continue;
            }
            TrainedModel due = lab.training().takeDueRelease(month);
            if (due != null) {
                lab.deploy(due, month);
            }
        }
        for (Regulator regulator : model.regulators()) {
            regulator.review(month, model.labs(), model.models());
        }
        for (Lab lab : model.labs()) {
            if (!lab.isActive()) {
                continue;
            }
            TrainedModel deployed = lab.deployed();
            if (deployed == null) {
                continue;
            }
            for (Regulator regulator : model.regulators()) {
                boolean covered = regulator.covers(lab, deployed);
                RegulatoryStanding standing = lab.standing();
                standing.setCoveredBy(regulator.index(), covered);
                regulator.recordCoverage(deployed, covered, month);
                if (covered && !standing.hasComplied(regulator.index(), deployed) && !standing.isWithheldIn(regulator.region())) {
                    comply(model, lab, deployed, regulator);
                }
            }
        }
    }

    /** A lab can leave a region only if it still sells in another; leaving every market is not withholding. */
    private static boolean sellsElsewhere(IndustryModel model, Lab lab, int region) {
        for (int r = 0; r < model.scenario().regions().size(); r++) {
            if (r != region && !lab.standing().isWithheldIn(r)) {
                return true;
            }
        }
        return false;
    }

    private static void comply(IndustryModel model, Lab lab, TrainedModel deployed, Regulator regulator) {
        double runCost = (deployed.physicalFlop() + deployed.postTrainingFlop())
                / model.trends().flopPerDollar(deployed.trainedStep());
        double cost = regulator.complianceCostUsd(runCost);
        double regionRevenue = lab.finance().getLastRevenueUsd() * model.scenario().regions().get(regulator.region()).share();
        if (cost > regulator.spec().withholdAboveMonthsOfRevenue() * regionRevenue
                && sellsElsewhere(model, lab, regulator.region())) {
            lab.standing().withholdIn(regulator.region());
            return;
        }
        lab.finance().payCompliance(cost);
        model.ledger().addSpend(cost);
        regulator.recordCompliance(cost);
        lab.standing().markComplied(regulator.index(), deployed);
    }
}
