package org.inferenceshift.sim;

import org.inferenceshift.labs.CapacityOrder;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.LabFinance;
import org.inferenceshift.labs.TrainingRun;
import org.inferenceshift.regulation.SitePlanning;
import org.inferenceshift.regulation.ThresholdPlanning;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.IdaParams;
import org.inferenceshift.scenario.StrategyParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * DESIGN §7 budgets: each active lab pays its fixed costs and spends
 * {@code budget = max(0, last month's revenue + max(0, cash) / runwayMonths - fixed costs)}, split by its
 * allocation strategy into pre-training and post-training compute, serving capacity for this month, and
 * inference-during-training. The inference share (plus training money a threshold diverted) is the most
 * the lab will spend on capacity; its capacity planning decides what it buys: all of it on demand
 * (FIXED_SHARE) or its forecast demand with headroom, part reserved (DEMAND_FORECAST). Reserved
 * commitments signed earlier are paid every month of their term; what the lab does not spend stays in cash. Only finalRunShare of the training spend reaches the run in
 * progress; the rest buys the experiments every frontier lab runs beside its final runs. A run the lab
 * keeps below a training threshold ({@link ThresholdPlanning}) takes no more compute, and that training
 * money rents serving capacity instead; a run a site-monitoring regulator would see may be split across
 * smaller sites ({@link SitePlanning}), losing a share of its compute. IDA compute amplifies the lab's internal model
 * ({@link org.inferenceshift.labs.IdaGains#amplify}).
 */
final class BudgetPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        int month = model.month();
        double runway = model.scenario().finance().runwayMonths();
        double flopPerDollar = model.flopPerDollar();
        IdaParams ida = model.scenario().ida();
        for (Lab lab : model.labs()) {
            if (!lab.isActive()) {
                continue;
            }
            LabFinance money = lab.finance();
            double budget = Math.max(0, money.getLastRevenueUsd() + Math.max(0, money.getCashUsd()) / runway
                    - money.getFixedCostUsdPerMonth());
            money.payFixedCosts();
            AllocationShares a = lab.getAllocation();
            if (lab.training().run() == null) {
                lab.training().setRun(new TrainingRun(month, lab.getTokensPerParameter()));
            }
            TrainingRun run = lab.training().run();
            double pre = a.pre() * budget;
            double post = a.post() * budget;
            double runFlopPerDollar = flopPerDollar * lab.getFinalRunShare();
            double effectivePerPhysical = model.algorithmicMultiplier()
                    * model.computeOptimality().effectiveComputeFactor(run.tokensPerParameter());
            StrategyParams strategy = model.scenario().strategy();
            int sites = SitePlanning.sites(model.regulators(), run, lab.getTrainingMonths(), month,
                    (pre + post) * runFlopPerDollar, post * runFlopPerDollar, (pre + post) * lab.getFinalRunShare(), strategy);
            double efficiency = SitePlanning.efficiency(sites, strategy);
            double siteFlop = Math.max(run.largestSiteFlopPerMonth(), (pre + post) * runFlopPerDollar * efficiency / sites);
            double allowed = ThresholdPlanning.allowedShare(model.regulators(), run, lab.getTrainingMonths(), month,
                    pre * runFlopPerDollar * efficiency, post * runFlopPerDollar * efficiency,
                    (pre + post) * lab.getFinalRunShare(), strategy,
                    flop -> model.capability().baseE(flop * effectivePerPhysical), siteFlop);
            double diverted = (1 - allowed) * (pre + post);
            pre *= allowed;
            post *= allowed;
            double ceiling = a.inference() * budget + diverted;
            CapacityOrder order = lab.decisions().capacity().plan(lab, lab.serving(), ceiling, model.marketView());
            lab.serving().commit(order.reservedFlop(), order.reservedUsdPerMonth(), order.reservedMonths());
            double capacityUsd = lab.serving().committedUsd() + order.onDemandUsd();
            money.spend(pre, post, capacityUsd, a.ida() * budget);
            model.ledger().addSpend(money.getSpendUsd());
            lab.serving().rent(lab.serving().committedFlop() + order.onDemandFlop(), capacityUsd);
            run.recordSites((pre + post) * runFlopPerDollar * efficiency, sites);
            run.addPretraining(pre * runFlopPerDollar * efficiency, model.algorithmicMultiplier());
            run.addPostTraining(post * runFlopPerDollar * efficiency);
            run.addCost((pre + post) * lab.getFinalRunShare());
            if (ida.enabled() && lab.deployed() != null) {
                lab.ida().amplify(money.getIdaUsd() * flopPerDollar, lab.deployed().physicalFlop(), ida);
            }
        }
    }
}
