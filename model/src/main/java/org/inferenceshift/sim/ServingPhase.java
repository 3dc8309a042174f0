package org.inferenceshift.sim;

import org.inferenceshift.api.ApiMarket;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.regulation.RevenueLinePlanning;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Settles the month: each lab is paid its subscribers' prices and serves their queries. Demand is
 * {@code sum over tiers of people * queries * servedShare * 2 N tokensPerQuery k} (on an adaptive tier, k is
 * each query's own); if it exceeds the
 * capacity rented this month, next month's effective k of every tier falls by capacity / demand (the
 * throttle, never below minimumThrottle: k = 0 would make capability minus infinity). Each tier's outcome (subscribers, queries, revenue, serving cost as the lab's
 * capacity planning charges it: at this month's FLOP price, or its share of the whole capacity spend, idle
 * capacity included) is kept for the lab's pricing policy. Compute actually served is added to the deployed model's lifetime
 * compute, and self-hosted queries to the open-weight model's. A lab with {@code strategy.stayUnderRevenueLine}
 * may forgo revenue above a regulator's revenue line ({@link RevenueLinePlanning}); the line counts subscription
 * and API revenue together.
 * With the API market on, each lab's API queries
 * (MODEL.md §7.12) are served from the same capacity: their FLOP adds to the lab's demand (so to its throttle
 * and its capacity forecast), their revenue to its revenue, and the API is charged its share of the capacity
 * spend as the tiers are.
 */
final class ServingPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IndustryModel model = (IndustryModel) state;
        MarketSnapshot m = model.snapshot();
        MarketTally t = model.tally();
        double people = model.population().peoplePerAgent();
        // every person, those not using AI yet included: a lab's user share is a share of people
        double totalPeople = (t.totalUsers(m.optionCount()) + t.notYetUsingAi()) * people;
        double minimumThrottle = model.scenario().serving().minimumThrottle();
        double[] shares = new double[model.labs().size()];
        ApiMarket api = model.apiMarket();
        for (Lab lab : model.labs()) {
            int l = lab.getIndex();
            double revenue = 0;
            double subscribers = 0;
            double demand = 0;
            double answered = 0;
            int first = m.firstOption(l);
            lab.tierStats().reset(m.tierCount(l));
            for (int slot = 0; slot < m.tierCount(l); slot++) {
                int o = first + slot;
                double users = t.optionUsers(o) * people;
                double queries = t.optionQueries(o) * people;
                // an adaptive tier's queries cost the k each used (MODEL.md §7.6)
                double tierDemand = m.adaptive(o)
                        ? t.optionKQueries(o) * people * m.servedShare(o) * m.flopPerQueryAtOne(o)
                        : queries * m.servedShare(o) * m.flopPerQuery(o);
                double tierRevenue = users * m.price(o);
                lab.tierStats().set(slot, users, queries, tierRevenue, tierDemand / model.servingFlopPerDollar());
                subscribers += users;
                revenue += tierRevenue;
                demand += tierDemand;
                answered += queries * m.servedShare(o);
            }
            // a revenue line counts the lab's whole revenue; what it forgoes is taken from both markets alike
            double apiRevenue = api != null ? api.revenueUsd(l) : 0;
            double whole = revenue + apiRevenue;
            double keptShare = whole > 0 ? keptRevenue(model, lab, whole) / whole : 1;
            revenue *= keptShare;
            lab.finance().receiveRevenue(revenue);
            model.ledger().addRevenue(revenue);
            if (api != null) {
                if (keptShare < 1) {
                    api.keepRevenueShare(l, keptShare);
                }
                demand += api.demandFlop(l);
                answered += api.queries(l);
                lab.finance().receiveApiRevenue(api.revenueUsd(l));
                model.ledger().addRevenue(api.revenueUsd(l));
            }
            lab.serving().settle(subscribers, demand, answered);
            double costScale = lab.decisions().capacity().tierCostScale(lab.serving(), model.servingFlopPerDollar());
            lab.tierStats().scaleServingCosts(costScale);
            if (api != null) {
                api.chargeServing(l, api.demandFlop(l) / model.servingFlopPerDollar() * costScale);
            }
            double capacity = lab.serving().getCapacityFlop();
            lab.serving().setThrottle(demand > capacity ? Math.max(minimumThrottle, capacity / demand) : 1.0);
            if (lab.deployed() != null) {
                lab.deployed().addDeploymentFlop(Math.min(demand, capacity));
            }
            shares[l] = totalPeople > 0 ? subscribers / totalPeople : 0;
        }
        if (m.outsideModelLab() >= 0) {
            Lab open = model.labs().get(m.outsideModelLab());
            // self-hosted queries run the open weights; without the split, every outside query (as before issue 18 item 3)
            double selfHosted = m.splitOutside() ? t.selfHostQueries() : t.outsideQueries();
            open.deployed().addDeploymentFlop(selfHosted * people * m.outsideFlopPerQuery());
        }
        model.setUserShares(shares);
    }

    /** The month's revenue less what the lab forgoes to stay under a revenue line ({@link RevenueLinePlanning}). */
    private static double keptRevenue(IndustryModel model, Lab lab, double revenue) {
        TrainedModel deployed = lab.deployed();
        if (!model.scenario().strategy().stayUnderRevenueLine() || deployed == null) {
            return revenue;
        }
        double runCost = (deployed.physicalFlop() + deployed.postTrainingFlop())
                / model.trends().flopPerDollar(deployed.trainedStep());
        return RevenueLinePlanning.keptRevenueUsd(model.regulators(), lab, deployed, revenue, runCost,
                lab.getTrainingMonths(), model.scenario().strategy());
    }
}
