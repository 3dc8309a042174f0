package org.inferenceshift.regulation;

import java.io.Serializable;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.RegulatorSpec;

/**
 * A regulator of one region (DESIGN §8): its policy, what coverage costs, and what it can see. It sees the
 * models labs deploy; with {@code disclosure} it also sees their internal models (unreleased IDA gains).
 */
public final class Regulator implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final RegulatorSpec spec;
    private final int region;
    private final RegulatoryPolicy policy;

    public Regulator(int index, RegulatorSpec spec, int region, CapabilityFunction capability) {
        this.index = index;
        this.spec = spec;
        this.region = region;
        this.policy = Policies.of(spec, capability);
    }

    public int index() { return index; }
    public RegulatorSpec spec() { return spec; }
    public int region() { return region; }
    public RegulatoryPolicy policy() { return policy; }
    public boolean disclosure() { return spec.disclosure(); }

    /** Whether the policy covers {@code model} as {@code lab} serves it (internal gains counted with disclosure). */
    public boolean covers(Lab lab, TrainedModel model) {
        double ida = disclosure() ? lab.ida().getInternalE() : lab.ida().getDeployedE();
        return policy.covers(new CoverageFacts(model.physicalFlop() + model.postTrainingFlop(),
                model.postTrainingFlop(), model.baseE() + ida, model.plateauOom(), lab.menu().maxMultiplier()));
    }

    /** Compliance cost of covering a model whose final training run cost {@code runCostUsd}. */
    public double complianceCostUsd(double runCostUsd) {
        return spec.complianceFixedUsd() + spec.complianceShareOfTrainingCost() * runCostUsd;
    }
}
