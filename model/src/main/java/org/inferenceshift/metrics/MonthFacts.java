package org.inferenceshift.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;

/**
 * The figures of one month that several {@link Metric} formulas share, gathered in one pass over the labs
 * and models after the month has settled. Metric formulas read these; anything else they need they read
 * from {@link #model()}.
 */
public final class MonthFacts {
    private final IndustryModel model;
    private final int month;
    private final double agents;
    private final double[] revenueByLab;
    private final double[] subscribersByLab;
    private double totalRevenueUsd;
    private double totalSubscribers;
    private double throttleWeighted;
    private double preTrainingUsd;
    private double postTrainingUsd;
    private double inferenceUsd;
    private double idaUsd;
    private double singleSiteUsd;
    private double servingDemandFlop;
    private int activeLabs;
    private int entries;
    private int exits;
    private int tiersOffered;
    private double minPaidPriceUsd = Double.POSITIVE_INFINITY;
    private double maxPaidPriceUsd;
    private double minMultiplier = Double.POSITIVE_INFINITY;
    private double maxMultiplier;
    private double maxDeployedE = Double.NaN;
    private double maxDeployedBaseE = Double.NaN;
    private double maxInternalE = Double.NaN;
    private Lab frontierLab;
    private double frontierCopiesAtRelease = Double.NaN;
    private HumanLevelCost humanLevel = HumanLevelCost.NONE;

    private MonthFacts(IndustryModel model) {
        this.model = model;
        this.month = model.month();
        this.agents = model.tally().totalUsers(model.snapshot().optionCount());
        this.revenueByLab = new double[model.labs().size()];
        this.subscribersByLab = new double[model.labs().size()];
    }

    /**
     * @param labMonths every lab-month recorded so far, this month's included: the frontier model's
     *                  release month is read from it
     */
    static MonthFacts of(IndustryModel model, List<LabMonth> labMonths) {
        MonthFacts f = new MonthFacts(model);
        f.gatherLabs();
        f.gatherInternalModels();
        f.gatherFrontier(labMonths);
        return f;
    }

    private void gatherLabs() {
        for (Lab lab : model.labs()) {
            int l = lab.getIndex();
            revenueByLab[l] = lab.getRevenueUsd();
            subscribersByLab[l] = lab.serving().getSubscribers();
            totalRevenueUsd += lab.getRevenueUsd();
            totalSubscribers += lab.serving().getSubscribers();
            throttleWeighted += lab.serving().getSubscribers() * lab.serving().getThrottle();
            preTrainingUsd += lab.finance().getPreTrainingUsd();
            postTrainingUsd += lab.finance().getPostTrainingUsd();
            inferenceUsd += lab.finance().getInferenceUsd();
            idaUsd += lab.finance().getIdaUsd();
            singleSiteUsd += lab.getFinalRunShare() * (lab.finance().getPreTrainingUsd() + lab.finance().getPostTrainingUsd());
            servingDemandFlop += lab.serving().getDemandFlop();
            if (lab.getEntryStep() == month && month > 0) {
                entries++;
            }
            if (lab.getExitStep() == month) {
                exits++;
            }
            if (lab.isActive()) {
                activeLabs++;
                gatherOffers(lab);
            }
        }
    }

    private void gatherOffers(Lab lab) {
        for (Tier tier : lab.menu().tiers()) {
            tiersOffered++;
            minMultiplier = Math.min(minMultiplier, tier.inferenceMultiplier());
            maxMultiplier = Math.max(maxMultiplier, tier.inferenceMultiplier());
            if (!tier.isFree()) {
                minPaidPriceUsd = Math.min(minPaidPriceUsd, tier.priceUsdPerMonth());
                maxPaidPriceUsd = Math.max(maxPaidPriceUsd, tier.priceUsdPerMonth());
            }
        }
        if (lab.deployed() == null) {
            return;
        }
        double topE = model.reasoning().topReasoningE(lab);
        if (frontierLab == null || topE > maxDeployedE) {
            frontierLab = lab;
            maxDeployedE = topE;
        }
        maxDeployedBaseE = Double.isNaN(maxDeployedBaseE) ? lab.getDeployedBaseE()
                : Math.max(maxDeployedBaseE, lab.getDeployedBaseE());
    }

    /**
     * Every model an active lab has trained, deployed or shelved, at that lab's top tier, with the IDA
     * gains the lab holds internally (they lift its whole model lineage).
     */
    private void gatherInternalModels() {
        Map<String, Lab> activeById = new HashMap<>();
        for (Lab lab : model.labs()) {
            if (lab.isActive()) {
                activeById.put(lab.getId(), lab);
            }
        }
        for (TrainedModel m : model.models()) {
            Lab lab = activeById.get(m.labId());
            if (lab == null) {
                continue;
            }
            double e = model.reasoning().reasoningE(m, lab.menu().maxMultiplier()) + lab.ida().getInternalE();
            maxInternalE = Double.isNaN(maxInternalE) ? e : Math.max(maxInternalE, e);
        }
    }

    private void gatherFrontier(List<LabMonth> labMonths) {
        Scenario scenario = model.scenario();
        List<TrainedModel> deployed = new ArrayList<>();
        for (Lab lab : model.labs()) {
            if (lab.isActive() && lab.deployed() != null) {
                deployed.add(lab.deployed());
            }
        }
        humanLevel = HumanLevelCost.cheapest(deployed, model.capability(), scenario.capability().humanLevelE(),
                scenario.serving().tokensPerTask(), model.flopPerDollar());
        TrainedModel frontier = frontier();
        if (frontier != null && frontier.isReleased()) {
            LabMonth release = LabMonths.find(labMonths, frontier.labId(), frontier.releaseStep());
            if (release != null) {
                frontierCopiesAtRelease = ServedCopies.of(frontier, release.capacityFlop(), release.maxMultiplier(),
                        scenario.serving().tokensPerSecondPerCopy());
            }
        }
    }

    /** Share of paying subscribers (agents) on tiers with k above 1. */
    public double highMultiplierSubscriberShare() {
        MarketSnapshot m = model.snapshot();
        MarketTally t = model.tally();
        double paid = 0;
        double high = 0;
        for (int o = 0; o < m.optionCount(); o++) {
            if (m.price(o) > 0) {
                paid += t.optionUsers(o);
                if (m.multiplier(o) > 1) {
                    high += t.optionUsers(o);
                }
            }
        }
        return paid > 0 ? high / paid : 0;
    }

    /**
     * Share of people (agents) served by an open-weight model: everyone on the outside option while it is a
     * self-hosted open-weight model, plus subscribers of tiers whose lab serves an open-weight model.
     */
    public double openWeightUserShare() {
        MarketSnapshot m = model.snapshot();
        MarketTally t = model.tally();
        double open = m.outsideModelLab() >= 0 ? t.outsideUsers() : 0;
        for (int o = 0; o < m.optionCount(); o++) {
            TrainedModel served = model.labs().get(m.optionLab(o)).deployed();
            if (served != null && served.openWeights()) {
                open += t.optionUsers(o);
            }
        }
        return agents > 0 ? open / agents : 0;
    }

    public IndustryModel model() { return model; }
    public MarketSnapshot snapshot() { return model.snapshot(); }
    public MarketTally tally() { return model.tally(); }
    public int month() { return month; }

    /** Agents counted by this month's user pass (every option and the outside option). */
    public double agents() { return agents; }

    /** People on paid tiers. */
    public double paidPeople() { return model.tally().paidCount() * model.population().peoplePerAgent(); }

    public double[] revenueByLab() { return revenueByLab.clone(); }
    public double[] subscribersByLab() { return subscribersByLab.clone(); }
    public double totalRevenueUsd() { return totalRevenueUsd; }
    public double totalSubscribers() { return totalSubscribers; }
    public double throttleWeighted() { return throttleWeighted; }
    public double preTrainingUsd() { return preTrainingUsd; }
    public double postTrainingUsd() { return postTrainingUsd; }
    public double inferenceUsd() { return inferenceUsd; }
    public double idaUsd() { return idaUsd; }
    public double computeSpendUsd() { return preTrainingUsd + postTrainingUsd + inferenceUsd + idaUsd; }

    /** FLOP this month's subscribers' queries need across all labs' tiers (before any throttling). */
    public double servingDemandFlop() { return servingDemandFlop; }

    /** Spend on compute that must sit in one site: the final training runs. */
    public double singleSiteUsd() { return singleSiteUsd; }

    public int activeLabs() { return activeLabs; }
    public int entries() { return entries; }
    public int exits() { return exits; }
    public int tiersOffered() { return tiersOffered; }
    public double minPaidPriceUsd() { return minPaidPriceUsd; }
    public double maxPaidPriceUsd() { return maxPaidPriceUsd; }
    public double minMultiplier() { return minMultiplier; }
    public double maxMultiplier() { return maxMultiplier; }
    public double maxDeployedE() { return maxDeployedE; }
    public double maxDeployedBaseE() { return maxDeployedBaseE; }
    public double maxInternalE() { return maxInternalE; }

    /** max_deployed_E of the run's first month (this month's during the first month). */
    public double firstMonthFrontierE() {
        List<double[]> rows = model.recorder().rows();
        return rows.isEmpty() ? maxDeployedE : rows.get(0)[Metric.MAX_DEPLOYED_E.ordinal()];
    }

    /** The deployed model with the highest reasoning E at its lab's top tier (null if none is deployed). */
    public TrainedModel frontier() { return frontierLab == null ? null : frontierLab.deployed(); }

    public Lab frontierLab() { return frontierLab; }
    public double frontierCopiesAtRelease() { return frontierCopiesAtRelease; }
    public HumanLevelCost humanLevel() { return humanLevel; }
}
