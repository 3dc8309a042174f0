package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.LabSpec;

/**
 * One lab: who it is, whether it is in the market, the model it serves and its tier menu, and the few
 * parts it owns: its money ({@link LabFinance}), its serving ({@link LabServing}), its models in the
 * making ({@link TrainingPipeline}), its IDA gains ({@link IdaGains}), its standing with the regulators
 * ({@link RegulatoryStanding}) and its decisions ({@link LabDecisions}). Its getters are its public face
 * ({@link LabView}); the phases of the month move money and compute through the parts. Bean getters make
 * every field visible to MASON's inspectors.
 */
public final class Lab implements LabView, Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;
    private final boolean openWeights;
    private final int trainingMonths;
    private final double finalRunShare;
    private final int entryStep;
    private final TierMenu menu = new TierMenu();
    private final TierStats tierStats = new TierStats();
    private final LabDecisions decisions;
    private final LabFinance finance;
    private final LabServing serving = new LabServing();
    private final TrainingPipeline training = new TrainingPipeline();
    private final IdaGains ida = new IdaGains();
    private final SyntheticData synthetic = new SyntheticData();
    private final ModelFamily family = new ModelFamily();
    private final RegulatoryStanding standing;

    private boolean active = true;
    private int exitStep = -1;
    private TrainedModel deployed;

    /**
     * @param regulators number of regulators of the scenario
     * @param regions    number of regions
     */
    public Lab(int index, LabSpec spec, int entryStep, LabDecisions decisions, int regulators, int regions) {
        this.index = index;
        this.id = spec.id();
        this.openWeights = spec.openWeights();
        this.trainingMonths = spec.trainingMonths();
        this.finalRunShare = spec.finalRunShare();
        this.entryStep = entryStep;
        this.decisions = decisions;
        this.finance = new LabFinance(spec.cashUsd(), spec.revenueUsdPerMonth(), spec.fixedCostUsdPerMonth());
        this.standing = new RegulatoryStanding(regulators, regions);
    }

    /** Clears the month's flows; called once at the start of every step. */
    public void startMonth() {
        finance.startMonth();
        serving.startMonth();
    }

    public void exit(int step) {
        active = false;
        exitStep = step;
        menu.clear();
    }

    public void deploy(TrainedModel model, int step) {
        model.markReleased(step);
        deployed = model;
        menu.capMultipliers(Math.pow(10, model.plateauOom()));
        standing.offerEverywhere();
    }

    public LabFinance finance() { return finance; }
    public LabServing serving() { return serving; }
    public TrainingPipeline training() { return training; }
    public IdaGains ida() { return ida; }
    /** The verified synthetic data the lab has generated (it moves the lab's own data wall). */
    public SyntheticData synthetic() { return synthetic; }
    /** The flagship's distilled models the lab has made. */
    public ModelFamily family() { return family; }
    public RegulatoryStanding standing() { return standing; }
    public LabDecisions decisions() { return decisions; }
    public TierStats tierStats() { return tierStats; }
    public TierMenu menu() { return menu; }

    @Override
    public int getIndex() { return index; }
    @Override
    public String getId() { return id; }
    public boolean isOpenWeights() { return openWeights; }
    public int getTrainingMonths() { return trainingMonths; }
    public double getFinalRunShare() { return finalRunShare; }
    public int getEntryStep() { return entryStep; }
    public int getExitStep() { return exitStep; }
    @Override
    public boolean isActive() { return active; }
    @Override
    public TrainedModel deployed() { return deployed; }
    @Override
    public double getRevenueUsd() { return finance.getRevenueUsd(); }
    @Override
    public double getSpendUsd() { return finance.getSpendUsd(); }
    @Override
    public AllocationShares getAllocation() { return decisions.allocation().current(); }
    @Override
    public double getTokensPerParameter() { return decisions.allocation().tokensPerParameter(); }
    @Override
    public double getLastFitness() { return decisions.allocation().lastFitness(); }

    public int getTierCount() {
        return menu.size();
    }

    /** E at k = 1 of what users are served: the deployed model plus the IDA gains released so far. */
    public double getDeployedBaseE() {
        return deployed == null ? Double.NaN : deployed.baseE() + ida.getDeployedE();
    }

    /** E at k = 1 of the best model the lab holds, deployed or not (includes unreleased IDA gains). */
    public double getInternalBaseE() {
        return deployed == null ? Double.NaN : deployed.baseE() + ida.getInternalE();
    }
}
