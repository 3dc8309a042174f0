package org.inferenceshift.parameters;

import org.inferenceshift.scenario.IdaParams;

/** The ida section of the scenario (DESIGN §4: inference-during-training, iterated amplification and distillation) as inspector properties. */
public final class IdaSection extends ParameterSection {
    IdaSection(ScenarioParameters owner) {
        super(owner, "ida", "IDA");
    }

    private IdaParams ida() {
        return scenario().ida();
    }

    public boolean isEnabled() { return ida().enabled(); }
    public void setEnabled(boolean value) { set("enabled", value); }

    public double getGainPerIterationE() { return ida().gainPerIterationE(); }
    public void setGainPerIterationE(double value) { set("gainPerIterationE", value); }
    public Object domGainPerIterationE() { return domain("gainPerIterationE"); }

    public double getCeilingGainE() { return ida().ceilingGainE(); }
    public void setCeilingGainE(double value) { set("ceilingGainE", value); }
    public Object domCeilingGainE() { return domain("ceilingGainE"); }

    public double getComputeMultiple() { return ida().computeMultiple(); }
    public void setComputeMultiple(double value) { set("computeMultiple", value); }
    public Object domComputeMultiple() { return domain("computeMultiple"); }

    public double getDeployGapE() { return ida().deployGapE(); }
    public void setDeployGapE(double value) { set("deployGapE", value); }
    public Object domDeployGapE() { return domain("deployGapE"); }
}
