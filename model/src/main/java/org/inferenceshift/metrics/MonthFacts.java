package org.inferenceshift.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.regulation.Regulator;
import org.inferenceshift.regulation.RegulatoryPolicy;
import org.inferenceshift.scenario.MetricsParams;
import org.inferenceshift.scenario.Scenario;

/**
 * The inputs of every {@link Metric} formula for one month: named figures gathered once, in one pass over
 * the {@link MeasuredIndustry} after the month has settled, and the scenario numbers the definitions use.
 * A formula reads only these, so what each metric depends on is visible in its formula; nothing here
 * hands out the model itself. The month's market ({@link #snapshot()}, {@link #tally()}) is an input as a
 * whole: it is this month's offers and outcomes, already data.
 */
public final class MonthFacts {
    private final int month;
    private final double agents;
    private final MarketSnapshot snapshot;
    private final MarketTally tally;
    private final double peoplePerAgent;
    private final double flopPerDollar;
    private final double algorithmicMultiplier;
    private final CapabilityFunction capability;
    private final MetricsParams parameters;
    private final double tokensPerQuery;
    private final double humanWageUsdPerTask;
    private final double dangerE;
    /** The run's first metrics row (null during the first month). */
    private final MetricRow firstRow;
    /** Last month's metrics row (null during the first month). */
    private final MetricRow previousRow;
    private final double servingEfficiency;
    /** The month's API market (issue 18 item 5), all zero when it is off. */
    private final ApiFacts api;
    private double[] offeredE = new double[8];
    private double[] offeredFlopPerQuery = new double[8];
    private int offers;
    private final List<TrainedModel> models;
    private final double[] revenueByLab;
    private final double[] subscribersByLab;
    /** People on each lab's paid tiers and on its free tiers, from the month's tally. */
    private final double[] payingByLab;
    private final double[] freeByLab;
    private double payingPeople;
    private double freeTierPeople;
    private final boolean[] servesOpenWeights;
    private final RegionCoverage coverage;
    private final List<DeployedModel> deployments = new ArrayList<>();
    private List<TrainedModel> ownRuns;
    private final List<RegulatoryPolicy> policies = new ArrayList<>();
    private boolean disclosureRequired;
    private double totalRevenueUsd;
    private double totalSubscribers;
    private double throttleWeighted;
    private double preTrainingUsd;
    private double postTrainingUsd;
    private double inferenceUsd;
    private double idaUsd;
    private double syntheticUsd;
    private double syntheticVerifiedTokens;
    private double dataWallMaxFlop = Double.NaN;
    private double idaGainInternalMaxE;
    private double idaGainDeployedMaxE;
    private int idaIterations;
    private int idaFailures;
    private int idaLabsIterating;
    private double singleSiteUsd;
    private double servingDemandFlop;
    private double capacityFlop;
    private double servedFlop;
    private double servedSpendUsd;
    private double idleSpendUsd;
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
    private TrainedModel frontier;
    private double frontierCopiesAtRelease = Double.NaN;
    private HumanLevelCost humanLevel = HumanLevelCost.NONE;
    private final double actorBudgetUsdPerTask;
    private final double tokensPerTask;
    private double maxInternalBaseE = Double.NaN;
    private int regulatorCount;
    private double regulatorSeenE = Double.NaN;
    private int modelsCoveredByRegulators;
    private int evaluationsStarted;
    private int evaluationsRunning;
    private double complianceUsd;
    private double latencyMonthsSum;
    private int latencyCount;

    private MonthFacts(MeasuredIndustry industry, Scenario scenario, MetricRow firstRow, MetricRow previousRow) {
        this.month = industry.month();
        this.snapshot = industry.snapshot();
        this.tally = industry.tally();
        this.agents = tally.totalUsers(snapshot.optionCount());
        this.peoplePerAgent = industry.peoplePerAgent();
        this.flopPerDollar = industry.flopPerDollar();
        this.algorithmicMultiplier = industry.algorithmicMultiplier();
        this.servingEfficiency = industry.servingEfficiency();
        this.api = ApiFacts.of(industry.apiMarket(), industry.labs().size());
        this.capability = industry.capability();
        this.parameters = scenario.metrics();
        this.tokensPerQuery = scenario.serving().tokensPerQuery();
        this.humanWageUsdPerTask = scenario.serving().humanWageUsdPerTask();
        this.dangerE = scenario.capability().dangerE();
        this.models = industry.models();
        int labs = industry.labs().size();
        this.revenueByLab = new double[labs];
        this.subscribersByLab = new double[labs];
        this.payingByLab = new double[labs];
        this.freeByLab = new double[labs];
        this.servesOpenWeights = new boolean[labs];
        this.coverage = new RegionCoverage(labs, snapshot.regionCount());
        this.firstRow = firstRow;
        this.previousRow = previousRow;
        this.actorBudgetUsdPerTask = scenario.metrics().actorBudgetUsd() / scenario.metrics().actorTasks();
        this.tokensPerTask = scenario.serving().tokensPerTask();
    }

    /**
     * @param labMonths          every lab-month recorded so far, this month's included: the frontier
     *                           model's release month is read from it
     * @param firstRow  the run's first metrics row (its max_deployed_E and price of constant capability are
     *                  the reference of later months); null during the first month
     * @param previousRow last month's metrics row (running counts continue from it); null in the first month
     */
    static MonthFacts of(MeasuredIndustry industry, Scenario scenario, List<LabMonth> labMonths,
                         MetricRow firstRow, MetricRow previousRow) {
        MonthFacts f = new MonthFacts(industry, scenario, firstRow, previousRow);
        f.gatherLabs(industry);
        f.gatherPayingAndFree();
        f.gatherInternalModels(industry);
        f.gatherOwnRuns(industry);
        f.gatherRegulators(industry);
        f.gatherFrontier(industry, scenario, labMonths);
        return f;
    }

    private void gatherLabs(MeasuredIndustry industry) {
        for (Lab lab : industry.labs()) {
            int l = lab.getIndex();
            revenueByLab[l] = lab.getRevenueUsd();
            subscribersByLab[l] = lab.serving().getSubscribers();
            servesOpenWeights[l] = lab.deployed() != null && lab.deployed().openWeights();
            totalRevenueUsd += lab.getRevenueUsd();
            totalSubscribers += lab.serving().getSubscribers();
            throttleWeighted += lab.serving().getSubscribers() * lab.serving().getThrottle();
            preTrainingUsd += lab.finance().getPreTrainingUsd();
            postTrainingUsd += lab.finance().getPostTrainingUsd();
            inferenceUsd += lab.finance().getInferenceUsd();
            idaUsd += lab.finance().getIdaUsd();
            syntheticUsd += lab.finance().getSyntheticUsd();
            syntheticVerifiedTokens += lab.synthetic().getVerifiedTokens();
            idaIterations += lab.ida().getIterations();
            idaFailures += lab.ida().getFailures();
            singleSiteUsd += lab.getFinalRunShare() * (lab.finance().getPreTrainingUsd() + lab.finance().getPostTrainingUsd());
            servingDemandFlop += lab.serving().getDemandFlop();
            capacityFlop += lab.serving().getCapacityFlop();
            servedFlop += lab.serving().getServedFlop();
            servedSpendUsd += lab.serving().getServedSpendUsd();
            idleSpendUsd += lab.serving().getIdleSpendUsd();
            if (lab.getEntryStep() == month && month > 0) {
                entries++;
            }
            if (lab.getExitStep() == month) {
                exits++;
            }
            if (lab.isActive()) {
                activeLabs++;
                idaGainInternalMaxE = Math.max(idaGainInternalMaxE, lab.ida().getInternalE());
                idaGainDeployedMaxE = Math.max(idaGainDeployedMaxE, lab.ida().getDeployedE());
                idaLabsIterating += lab.ida().isIterating() ? 1 : 0;
                double wall = industry.dataWallFlop(lab);
                dataWallMaxFlop = Double.isNaN(dataWallMaxFlop) ? wall : Math.max(dataWallMaxFlop, wall);
                gatherOffers(industry, lab);
            }
        }
    }

    /** People on each lab's paid and free tiers: the tally's users of each option, by the option's price. */
    private void gatherPayingAndFree() {
        for (int o = 0; o < snapshot.optionCount(); o++) {
            int lab = snapshot.optionLab(o);
            double people = tally.optionUsers(o) * peoplePerAgent;
            if (lab >= payingByLab.length) {
                continue;
            }
            if (snapshot.price(o) > 0) {
                payingByLab[lab] += people;
                payingPeople += people;
            } else {
                freeByLab[lab] += people;
                freeTierPeople += people;
            }
        }
    }

    private void gatherOffers(MeasuredIndustry industry, Lab lab) {
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
        gatherConfigurations(industry, lab);
        double topE = industry.topReasoningE(lab);
        deployments.add(new DeployedModel(lab.deployed(), lab.isOpenWeights(), topE, lab.standing().isCovered()));
        if (frontier == null || topE > maxDeployedE) {
            frontier = lab.deployed();
            maxDeployedE = topE;
        }
        maxDeployedBaseE = Double.isNaN(maxDeployedBaseE) ? lab.getDeployedBaseE()
                : Math.max(maxDeployedBaseE, lab.getDeployedBaseE());
    }

    /**
     * Each tier the lab offers as a configuration: reasoning E of its model (the flagship with the IDA gains
     * released so far, plus the tier's offset, so a distilled model's E) at the tier's k, unthrottled, and
     * FLOP of one query, {@code sizeFraction · 2 N tokensPerQuery k}.
     */
    private void gatherConfigurations(MeasuredIndustry industry, Lab lab) {
        TrainedModel flagship = lab.deployed();
        for (Tier tier : lab.menu().tiers()) {
            if (offers == offeredE.length) {
                offeredE = java.util.Arrays.copyOf(offeredE, 2 * offers);
                offeredFlopPerQuery = java.util.Arrays.copyOf(offeredFlopPerQuery, 2 * offers);
            }
            offeredE[offers] = industry.reasoningE(flagship, tier.inferenceMultiplier()) + lab.ida().getDeployedE()
                    + tier.capabilityOffsetE();
            offeredFlopPerQuery[offers] = tier.sizeFraction()
                    * flagship.shape().flopPerQuery(tokensPerQuery, tier.inferenceMultiplier());
            offers++;
        }
    }

    /**
     * Every model an active lab has trained, deployed or shelved, at that lab's top tier, with the IDA
     * gains the lab holds internally (they lift its whole model lineage).
     */
    private void gatherInternalModels(MeasuredIndustry industry) {
        Map<String, Lab> activeById = new HashMap<>();
        for (Lab lab : industry.labs()) {
            if (lab.isActive()) {
                activeById.put(lab.getId(), lab);
            }
        }
        for (TrainedModel m : models) {
            Lab lab = activeById.get(m.labId());
            if (lab == null) {
                continue;
            }
            double e = industry.reasoningE(m, lab.menu().maxMultiplier()) + lab.ida().getInternalE();
            maxInternalE = Double.isNaN(maxInternalE) ? e : Math.max(maxInternalE, e);
            double base = m.baseE() + lab.ida().getInternalE();
            maxInternalBaseE = Double.isNaN(maxInternalBaseE) ? base : Math.max(maxInternalBaseE, base);
        }
    }

    private void gatherOwnRuns(MeasuredIndustry industry) {
        Map<String, Integer> entryMonthByLab = new HashMap<>();
        for (Lab lab : industry.labs()) {
            entryMonthByLab.put(lab.getId(), lab.getEntryStep());
        }
        ownRuns = ModelCounts.ownRuns(models, entryMonthByLab);
    }

    private void gatherRegulators(MeasuredIndustry industry) {
        int regions = snapshot.regionCount();
        for (Regulator regulator : industry.regulators()) {
            policies.add(regulator.policy());
            disclosureRequired |= regulator.disclosure();
            regulatorCount++;
            double seen = regulator.view().bestVisibleE();
            if (!Double.isNaN(seen)) {
                regulatorSeenE = Double.isNaN(regulatorSeenE) ? seen : Math.max(regulatorSeenE, seen);
            }
            var record = regulator.month();
            modelsCoveredByRegulators += record.covered();
            evaluationsStarted += record.evaluationsStarted();
            evaluationsRunning += record.evaluationsRunning();
            complianceUsd += record.complianceUsd();
            latencyMonthsSum += record.latencyMonthsSum();
            latencyCount += record.latencyCount();
            if (regulator.region() < 0 || regulator.region() >= regions) {
                continue;
            }
            for (Lab lab : industry.labs()) {
                if (lab.standing().isCoveredBy(regulator.index())) {
                    coverage.cover(lab.getIndex(), regulator.region());
                }
            }
        }
    }

    private void gatherFrontier(MeasuredIndustry industry, Scenario scenario, List<LabMonth> labMonths) {
        List<TrainedModel> deployed = new ArrayList<>(deployments.size());
        for (DeployedModel d : deployments) {
            deployed.add(d.model());
        }
        // serving capacity is bought at the serving FLOP price (hardware times serving efficiency)
        humanLevel = HumanLevelCost.cheapest(deployed, capability, scenario.capability().humanLevelE(),
                scenario.serving().tokensPerTask(), scenario.serving().maxFlopPerTask(), servingFlopPerDollar());
        if (frontier != null && frontier.isReleased()) {
            LabMonth release = LabMonths.find(labMonths, frontier.labId(), frontier.releaseStep());
            if (release != null) {
                frontierCopiesAtRelease = ServedCopies.of(frontier, release.capacityFlop(), release.maxMultiplier(),
                        scenario.serving().tokensPerSecondPerCopy());
            }
        }
    }

    /**
     * Share of paying subscribers (agents) on tiers that serve more inference than k = 1: a fixed tier with
     * k above 1, an adaptive tier whose queries used k above 1 on average this month.
     */
    public double highMultiplierSubscriberShare() {
        double paid = 0;
        double high = 0;
        for (int o = 0; o < snapshot.optionCount(); o++) {
            if (snapshot.price(o) > 0) {
                paid += tally.optionUsers(o);
                boolean servesMore = snapshot.adaptive(o) ? tally.optionKQueries(o) > tally.optionQueries(o)
                        : snapshot.multiplier(o) > 1;
                if (servesMore) {
                    high += tally.optionUsers(o);
                }
            }
        }
        return paid > 0 ? high / paid : 0;
    }

    /** Share of subscribers (agents on any tier, free included) whose tier serves a distilled model (0 with none). */
    public double distilledSubscriberShare() {
        double all = 0;
        double distilled = 0;
        for (int o = 0; o < snapshot.optionCount(); o++) {
            all += tally.optionUsers(o);
            if (snapshot.sizeFraction(o) < 1) {
                distilled += tally.optionUsers(o);
            }
        }
        return all > 0 ? distilled / all : 0;
    }

    /**
     * Share of people (agents) served by an open-weight model: self-hosters, who run one by choice, plus
     * subscribers of tiers whose lab serves an open-weight model. Without the split outside option (the rule
     * before issue 18 item 3) everyone on the outside option while it is a self-hosted open-weight model, as then.
     */
    public double openWeightUserShare() {
        double open = snapshot.splitOutside() ? tally.selfHosters()
                : snapshot.outsideModelLab() >= 0 ? tally.outsideUsers() : 0;
        for (int o = 0; o < snapshot.optionCount(); o++) {
            if (servesOpenWeights[snapshot.optionLab(o)]) {
                open += tally.optionUsers(o);
            }
        }
        return agents > 0 ? open / agents : 0;
    }

    public int month() { return month; }

    /** This month's offers. */
    public MarketSnapshot snapshot() { return snapshot; }

    /** What this month's users chose and received. */
    public MarketTally tally() { return tally; }

    /** Agents counted by this month's user pass (every option and the outside option). */
    public double agents() { return agents; }

    /** People each agent stands for. */
    public double peoplePerAgent() { return peoplePerAgent; }

    /** People on paid tiers. */
    public double paidPeople() { return tally.paidCount() * peoplePerAgent; }

    /** Effective FLOP a dollar buys this month. */
    public double flopPerDollar() { return flopPerDollar; }

    /** Effective pre-training compute per physical FLOP, relative to the first month. */
    public double algorithmicMultiplier() { return algorithmicMultiplier; }

    /** The run's capability function (its inverse gives the k a model needs to reach an E). */
    public CapabilityFunction capability() { return capability; }

    /** The scenario's metrics section: the lines and windows metric definitions use. */
    public MetricsParams parameters() { return parameters; }

    /** serving.tokensPerQuery: output tokens of one query at k = 1. */
    public double tokensPerQuery() { return tokensPerQuery; }

    /** serving.humanWageUsdPerTask. */
    public double humanWageUsdPerTask() { return humanWageUsdPerTask; }

    /** capability.dangerE: the E from which usage counts as high-capability. */
    public double dangerE() { return dangerE; }

    /** Every model trained so far, in training order. */
    public List<TrainedModel> models() { return models; }

    /** The models that were their own lab's training runs (an entrant's copy of open weights is not). */
    public List<TrainedModel> ownRuns() { return ownRuns; }

    /** Active labs' deployed models, in lab order. */
    List<DeployedModel> deployments() { return deployments; }

    /** Every regulator's policy, in regulator order. */
    public List<RegulatoryPolicy> policies() { return policies; }

    /** Whether some regulator requires disclosure of internal models. */
    public boolean disclosureRequired() { return disclosureRequired; }

    /** Which labs each region's regulators cover this month. */
    RegionCoverage coverage() { return coverage; }

    public double[] revenueByLab() { return revenueByLab.clone(); }
    public double[] subscribersByLab() { return subscribersByLab.clone(); }
    /** People on each lab's paid tiers. */
    public double[] payingByLab() { return payingByLab.clone(); }
    /** People on each lab's free tiers. */
    public double[] freeByLab() { return freeByLab.clone(); }
    /** People on any lab's paid tiers (the tally's options priced above 0). */
    public double payingPeople() { return payingPeople; }
    /** People on any lab's free tiers. */
    public double freeTierPeople() { return freeTierPeople; }
    /** Last month's value of {@code metric} (NaN during the first month). */
    public double previous(Metric metric) { return previousRow == null ? Double.NaN : previousRow.value(metric); }
    public double totalRevenueUsd() { return totalRevenueUsd; }
    public double totalSubscribers() { return totalSubscribers; }
    public double throttleWeighted() { return throttleWeighted; }
    public double preTrainingUsd() { return preTrainingUsd; }
    public double postTrainingUsd() { return postTrainingUsd; }
    public double inferenceUsd() { return inferenceUsd; }
    public double idaUsd() { return idaUsd; }
    /** Largest IDA gain (E) an active lab holds internally, released or not; 0 without IDA. */
    public double idaGainInternalMaxE() { return idaGainInternalMaxE; }
    /** Largest IDA gain (E) an active lab has released to users. */
    public double idaGainDeployedMaxE() { return idaGainDeployedMaxE; }
    /** Amplify-and-distil iterations finished so far by every lab (exited ones included). */
    public int idaIterations() { return idaIterations; }
    /** Of those, the iterations that gained nothing. */
    public int idaFailures() { return idaFailures; }
    /** Active labs with an iteration running this month. */
    public int idaLabsIterating() { return idaLabsIterating; }

    /** A lead of an internal model smaller than this (E) is rounding, not a model ahead. */
    static final double INTERNAL_LEAD_TOLERANCE_E = 1e-9;

    /**
     * Months in a row, to this one, in which max_internal_E exceeds max_deployed_E by more than
     * {@link #INTERNAL_LEAD_TOLERANCE_E}: last month's count plus one, or 0.
     */
    public double internalLeadMonths() {
        if (!(maxInternalE - maxDeployedE > INTERNAL_LEAD_TOLERANCE_E)) {
            return 0;
        }
        return previousRow == null ? 1 : previousRow.value(Metric.INTERNAL_LEAD_MONTHS) + 1;
    }
    public double computeSpendUsd() { return preTrainingUsd + postTrainingUsd + inferenceUsd + idaUsd + syntheticUsd; }
    public double syntheticUsd() { return syntheticUsd; }
    /** Verified synthetic tokens generated so far by every lab (exited ones included). */
    public double syntheticVerifiedTokens() { return syntheticVerifiedTokens; }
    /** Highest data wall an active lab faces (FLOP); the scenario's dataWallFlop without synthetic data. */
    public double dataWallMaxFlop() { return dataWallMaxFlop; }

    /** FLOP this month's subscribers' queries need across all labs' tiers (before any throttling). */
    public double servingDemandFlop() { return servingDemandFlop; }

    /** Serving capacity all labs held this month (FLOP), reserved and on demand. */
    public double capacityFlop() { return capacityFlop; }

    /** Serving compute used: the sum over labs of min(demand, capacity). */
    public double servedFlop() { return servedFlop; }

    /** Capacity spend on compute that served queries (each lab's spend times served / capacity). */
    public double servedSpendUsd() { return servedSpendUsd; }

    /** Capacity spend on idle compute. */
    public double idleSpendUsd() { return idleSpendUsd; }

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
        return firstRow == null ? maxDeployedE : firstRow.value(Metric.MAX_DEPLOYED_E);
    }

    /** Serving efficiency relative to the first month (the trend). */
    public double servingEfficiency() { return servingEfficiency; }

    /** Model FLOP (2 N per token) a dollar of serving capacity serves: FLOP per dollar times serving efficiency. */
    public double servingFlopPerDollar() { return flopPerDollar * servingEfficiency; }

    /**
     * This month's price of constant capability: the cheapest serving cost of one query, at this month's
     * serving FLOP price, of a configuration on offer whose reasoning E reaches the first month's max_deployed_E
     * (NaN if none does).
     */
    public double constantCapabilityPriceUsd() {
        return ConstantCapabilityPrice.cheapestUsdPerQuery(offeredE, offeredFlopPerQuery, offers,
                firstMonthFrontierE(), servingFlopPerDollar());
    }

    /** The first month's price of constant capability (this month's during the first month). */
    public double firstMonthConstantCapabilityPriceUsd() {
        return firstRow == null ? constantCapabilityPriceUsd() : firstRow.value(Metric.CONSTANT_CAPABILITY_PRICE);
    }

    /** Months since the run's first metrics row (0 during it). */
    public int monthsSinceFirst() { return firstRow == null ? 0 : month - firstRow.month(); }

    /** {@code metric}'s value in the run's first month (NaN during the first month). */
    public double firstMonth(Metric metric) { return firstRow == null ? Double.NaN : firstRow.value(metric); }

    /** Queries the labs' tiers answered this month (people; a rate-limited tier's unanswered share excluded). */
    public double answeredTierQueries() {
        double sum = 0;
        for (int o = 0; o < snapshot.optionCount(); o++) {
            sum += tally.optionQueries(o) * snapshot.servedShare(o);
        }
        return sum * peoplePerAgent;
    }

    /** Answered tier queries times the k each used, summed (people). */
    public double multiplierWeightedTierQueries() {
        double sum = 0;
        for (int o = 0; o < snapshot.optionCount(); o++) {
            sum += tally.optionKQueries(o) * snapshot.servedShare(o);
        }
        return sum * peoplePerAgent;
    }

    /** The deployed model with the highest reasoning E at its lab's top tier (null if none is deployed). */
    public TrainedModel frontier() { return frontier; }

    public double frontierCopiesAtRelease() { return frontierCopiesAtRelease; }

    /** metrics.actorBudgetUsd / metrics.actorTasks: the determined actor's budget for one task. */
    public double actorBudgetUsdPerTask() { return actorBudgetUsdPerTask; }
    /** serving.tokensPerTask. */
    public double tokensPerTask() { return tokensPerTask; }
    /** Highest E at k = 1 of any active lab's model (deployed, held or shelved) with the lab's internal IDA gains. */
    public double maxInternalBaseE() { return maxInternalBaseE; }
    /** Number of regulators in the scenario. */
    public int regulatorCount() { return regulatorCount; }
    /** Best E at k = 1 any regulator sees at its review this month (NaN: none sees a model). */
    public double regulatorSeenE() { return regulatorSeenE; }
    /** Models covered this month, summed over regulators. */
    public int modelsCoveredByRegulators() { return modelsCoveredByRegulators; }
    public int evaluationsStarted() { return evaluationsStarted; }
    public int evaluationsRunning() { return evaluationsRunning; }
    /** Compliance labs paid regulators this month. */
    public double complianceUsd() { return complianceUsd; }
    /** Sum and count of release-to-coverage months of models first covered this month. */
    public double latencyMonthsSum() { return latencyMonthsSum; }
    public int latencyCount() { return latencyCount; }
    public HumanLevelCost humanLevel() { return humanLevel; }

    /** The month's API market: revenue, tokens, prices and compute of the labs' APIs (zeros when off). */
    ApiFacts api() {
        return api;
    }
}
