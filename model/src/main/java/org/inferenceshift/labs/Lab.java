package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.LabSpec;

/**
 * One lab's state: cash and flows, the deployed model, the run in training, serving capacity and its
 * tier menu. Decisions are delegated to the strategy objects it holds; the phases of the step move
 * money and compute. Bean getters make every field visible to MASON's inspectors.
 */
public final class Lab implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;
    private final boolean openWeights;
    private final int trainingMonths;
    private final double finalRunShare;
    private final double fixedCostUsdPerMonth;
    private final int entryStep;
    private final TierMenu menu = new TierMenu();
    private final TierStats tierStats = new TierStats();
    private final AllocationStrategy allocationStrategy;
    private final PricingPolicy pricingPolicy;

    private double cashUsd;
    private double lastRevenueUsd;
    private boolean active = true;
    private int exitStep = -1;
    private int negativeCashMonths;
    private TrainedModel deployed;
    private TrainingRun run;
    private double throttle = 1.0;
    private double idaGainInternalE;
    private double idaGainDeployedE;
    private double idaComputeFlop;
    private TrainedModel pendingModel;
    private int pendingReleaseMonth = -1;
    /** Per regulator: id of the model whose compliance was paid (-1: none yet). */
    private int[] compliantModelByRegulator = new int[0];
    /** Per regulator: whether it covers the deployed model this month. */
    private boolean[] coveredByRegulator = new boolean[0];
    /** Per region: whether the lab withholds its deployed model there. */
    private boolean[] withheldInRegion = new boolean[0];
    private double complianceUsd;

    // this month's flows, reset by startMonth()
    private double revenueUsd;
    private double preTrainingUsd;
    private double postTrainingUsd;
    private double inferenceUsd;
    private double idaUsd;
    private double fixedUsd;
    private double raisedUsd;
    private double capacityFlop;
    private double demandFlop;
    private double subscribers;

    public Lab(int index, LabSpec spec, int entryStep, AllocationStrategy allocationStrategy,
               PricingPolicy pricingPolicy) {
        this.index = index;
        this.id = spec.id();
        this.openWeights = spec.openWeights();
        this.trainingMonths = spec.trainingMonths();
        this.finalRunShare = spec.finalRunShare();
        this.fixedCostUsdPerMonth = spec.fixedCostUsdPerMonth();
        this.entryStep = entryStep;
        this.cashUsd = spec.cashUsd();
        this.lastRevenueUsd = spec.revenueUsdPerMonth();
        this.allocationStrategy = allocationStrategy;
        this.pricingPolicy = pricingPolicy;
    }

    /** Clears the month's flows; called once at the start of every step. */
    public void startMonth() {
        revenueUsd = 0;
        preTrainingUsd = 0;
        postTrainingUsd = 0;
        inferenceUsd = 0;
        idaUsd = 0;
        fixedUsd = 0;
        complianceUsd = 0;
        raisedUsd = 0;
        capacityFlop = 0;
        demandFlop = 0;
        subscribers = 0;
    }

    public void payFixedCosts() {
        fixedUsd = fixedCostUsdPerMonth;
        cashUsd -= fixedUsd;
    }

    /** Records the month's spend by use and takes it from cash. */
    public void spend(double pre, double post, double inference, double ida) {
        preTrainingUsd = pre;
        postTrainingUsd = post;
        inferenceUsd = inference;
        idaUsd = ida;
        cashUsd -= pre + post + inference + ida;
    }

    public void receiveRevenue(double usd, double subscriberPeople, double demand) {
        revenueUsd = usd;
        subscribers = subscriberPeople;
        demandFlop = demand;
        cashUsd += usd;
    }

    public void payCompliance(double usd) {
        complianceUsd += usd;
        cashUsd -= usd;
    }

    public void receiveRaise(double usd) {
        raisedUsd += usd;
        cashUsd += usd;
    }

    /** Closes the month: this month's revenue becomes the next budget's revenue term. */
    public void closeMonth() {
        lastRevenueUsd = revenueUsd;
        negativeCashMonths = cashUsd < 0 ? negativeCashMonths + 1 : 0;
    }

    public void exit(int step) {
        active = false;
        exitStep = step;
        menu.clear();
    }

    public void deploy(TrainedModel model, int step) {
        model.markReleased(step);
        deployed = model;
        java.util.Arrays.fill(withheldInRegion, false);
    }

    /** Sizes the per-regulator and per-region state; called once when the lab joins the market. */
    public void initRegulation(int regulators, int regions) {
        compliantModelByRegulator = new int[regulators];
        java.util.Arrays.fill(compliantModelByRegulator, -1);
        coveredByRegulator = new boolean[regulators];
        withheldInRegion = new boolean[regions];
    }

    /** Holds a finished model until {@code month} (a covered model's evaluation period). */
    public void holdForRelease(TrainedModel model, int month) {
        pendingModel = model;
        pendingReleaseMonth = month;
    }

    /** Deploys the held model if its release month has come; returns whether it did. */
    public boolean releaseIfDue(int month) {
        if (pendingModel == null || month < pendingReleaseMonth) {
            return false;
        }
        deploy(pendingModel, month);
        pendingModel = null;
        pendingReleaseMonth = -1;
        return true;
    }

    public TrainedModel pendingModel() { return pendingModel; }
    public boolean isCoveredBy(int regulator) { return coveredByRegulator[regulator]; }
    public void setCoveredBy(int regulator, boolean covered) { coveredByRegulator[regulator] = covered; }
    public boolean hasComplied(int regulator, TrainedModel model) { return compliantModelByRegulator[regulator] == model.id(); }
    public void markComplied(int regulator, TrainedModel model) { compliantModelByRegulator[regulator] = model.id(); }
    public boolean isWithheldIn(int region) { return region < withheldInRegion.length && withheldInRegion[region]; }
    public void withholdIn(int region) { withheldInRegion[region] = true; }

    /** Whether any regulator covers the deployed model this month. */
    public boolean isCovered() {
        for (boolean c : coveredByRegulator) {
            if (c) {
                return true;
            }
        }
        return false;
    }

    public double getComplianceUsd() { return complianceUsd; }

    public void setRun(TrainingRun run) { this.run = run; }
    public void setCapacityFlop(double flop) { this.capacityFlop = flop; }
    public void setThrottle(double throttle) { this.throttle = throttle; }

    public int getIndex() { return index; }
    public String getId() { return id; }
    public boolean isOpenWeights() { return openWeights; }
    /** Tokens per parameter the lab's next run will use (its strategy's current choice). */
    public double getTokensPerParameter() { return allocationStrategy.tokensPerParameter(); }
    public int getTrainingMonths() { return trainingMonths; }
    public double getFinalRunShare() { return finalRunShare; }
    public double getFixedCostUsdPerMonth() { return fixedCostUsdPerMonth; }
    public int getEntryStep() { return entryStep; }
    public int getExitStep() { return exitStep; }
    public boolean isActive() { return active; }
    public double getCashUsd() { return cashUsd; }
    public double getLastRevenueUsd() { return lastRevenueUsd; }
    public double getRevenueUsd() { return revenueUsd; }
    public double getPreTrainingUsd() { return preTrainingUsd; }
    public double getPostTrainingUsd() { return postTrainingUsd; }
    public double getInferenceUsd() { return inferenceUsd; }
    public double getIdaUsd() { return idaUsd; }
    public double getFixedUsd() { return fixedUsd; }
    public double getRaisedUsd() { return raisedUsd; }
    public double getCapacityFlop() { return capacityFlop; }
    public double getDemandFlop() { return demandFlop; }
    public double getSubscribers() { return subscribers; }
    public double getThrottle() { return throttle; }
    public int getNegativeCashMonths() { return negativeCashMonths; }
    public AllocationShares getAllocation() { return allocationStrategy.current(); }
    public double getIdaGainInternalE() { return idaGainInternalE; }
    public double getIdaGainDeployedE() { return idaGainDeployedE; }
    public TierStats tierStats() { return tierStats; }
    public TrainedModel deployed() { return deployed; }
    public TrainingRun run() { return run; }
    public TierMenu menu() { return menu; }
    public AllocationStrategy allocationStrategy() { return allocationStrategy; }
    public PricingPolicy pricingPolicy() { return pricingPolicy; }

    /** Total spend this month (all four uses plus fixed and compliance costs). */
    public double getSpendUsd() {
        return preTrainingUsd + postTrainingUsd + inferenceUsd + idaUsd + fixedUsd + complianceUsd;
    }

    /** E at k = 1 of what users are served: the deployed model plus the IDA gains released so far. */
    public double getDeployedBaseE() {
        return deployed == null ? Double.NaN : deployed.baseE() + idaGainDeployedE;
    }

    /** E at k = 1 of the best model the lab holds, deployed or not (includes unreleased IDA gains). */
    public double getInternalBaseE() {
        return deployed == null ? Double.NaN : deployed.baseE() + idaGainInternalE;
    }

    /**
     * Inference-during-training (DESIGN §4): compute accumulates; each iteration costs
     * {@code computeMultiple} times the deployed model's pre-training compute and raises the internal model
     * by {@code gainPerIteration * (1 - gain so far / ceiling)}. The gains stay internal until they lead the
     * deployed model by {@code deployGap}, when the lab releases them.
     */
    public void amplify(double flop, double computeMultiple, double gainPerIteration, double ceiling, double deployGap) {
        if (deployed == null || ceiling <= 0) {
            return;
        }
        idaComputeFlop += flop;
        double iterationCost = computeMultiple * deployed.physicalFlop();
        if (iterationCost > 0 && idaGainInternalE < ceiling && idaComputeFlop >= iterationCost) {
            // Each iteration closes the share gainPerIteration/ceiling of the gap to the ceiling, so n of them
            // close 1 - (1 - share)^n of it: computed at once, since cheap iterations can number billions. A
            // share of 1 or more reaches the ceiling in one iteration, which ends the iterating.
            double share = gainPerIteration / ceiling;
            double n = share >= 1 ? 1 : Math.floor(idaComputeFlop / iterationCost);
            idaComputeFlop = Math.max(0, idaComputeFlop - n * iterationCost);
            idaGainInternalE = share >= 1 ? idaGainInternalE + gainPerIteration * (1 - idaGainInternalE / ceiling)
                    : ceiling - (ceiling - idaGainInternalE) * Math.pow(1 - share, n);
        }
        if (idaGainInternalE - idaGainDeployedE >= deployGap) {
            idaGainDeployedE = idaGainInternalE;
        }
    }

    public int getTierCount() {
        return menu.size();
    }
}
