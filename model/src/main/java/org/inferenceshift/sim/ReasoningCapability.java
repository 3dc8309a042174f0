package org.inferenceshift.sim;

import java.io.Serializable;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;

/**
 * What labs' models can do on reasoning tasks this month (E, OOM): a model at a multiplier, what a lab
 * serves or holds at its top tier, the frontier, and a lab's scaling-law forecast of its next model.
 * Reads the model's capability function, compute optimality, this month's trends and the labs.
 */
public final class ReasoningCapability implements Serializable {
    private static final long serialVersionUID = 1L;

    private final IndustryModel model;

    ReasoningCapability(IndustryModel model) {
        this.model = model;
    }

    private CapabilityFunction capability() {
        return model.capability();
    }

    /** E on reasoning tasks of model {@code m} (without any IDA uplift) served at multiplier k. */
    public double reasoningE(TrainedModel m, double k) {
        return m.baseE() + capability().gain(TaskClass.REASONING, m.plateauOom(), k);
    }

    /** E on reasoning tasks of what the lab serves (IDA gains released so far included) at multiplier k. */
    public double reasoningE(Lab lab, double k) {
        return lab.getDeployedBaseE() + capability().gain(TaskClass.REASONING, lab.deployed().plateauOom(), k);
    }

    /**
     * The lab's scaling-law forecast: E on reasoning tasks, at its top tier, of the model its training run
     * would give if this month's training spend went on for a whole run (never below what it serves now).
     */
    public double forecastReasoningE(Lab lab) {
        if (lab.deployed() == null) {
            return Double.NaN;
        }
        double months = lab.getTrainingMonths();
        double runPerDollar = model.flopPerDollar() * lab.getFinalRunShare() * months;
        double physical = lab.finance().getPreTrainingUsd() * runPerDollar;
        double current = topReasoningE(lab);
        if (physical <= 0) {
            return current;
        }
        double effective = physical * model.algorithmicMultiplier()
                * model.computeOptimality().effectiveComputeFactor(lab.getTokensPerParameter());
        double plateau = capability().plateau(lab.finance().getPostTrainingUsd() * runPerDollar, physical);
        double forecast = model.baseE(lab, effective) + lab.ida().getInternalE()
                + capability().gain(TaskClass.REASONING, plateau, lab.menu().maxMultiplier());
        return Math.max(forecast, current);
    }

    /** Highest E on reasoning tasks any active lab serves at its top tier this month. */
    public double frontierReasoningE() {
        double best = Double.NEGATIVE_INFINITY;
        for (Lab lab : model.labs()) {
            if (lab.isActive() && lab.deployed() != null) {
                best = Math.max(best, topReasoningE(lab));
            }
        }
        return best;
    }

    /** E on reasoning tasks of the lab's deployed model at its highest tier (NaN if it has none). */
    public double topReasoningE(Lab lab) {
        return lab.deployed() == null ? Double.NaN : reasoningE(lab, lab.menu().maxMultiplier());
    }

    /** E on reasoning tasks of the best model the lab holds internally, at its highest tier. */
    public double topInternalReasoningE(Lab lab) {
        return lab.deployed() == null ? Double.NaN
                : lab.getInternalBaseE() + capability().gain(TaskClass.REASONING, lab.deployed().plateauOom(),
                lab.menu().maxMultiplier());
    }
}
