package org.inferenceshift.parameters;

import org.inferenceshift.scenario.IdaParams;
import org.inferenceshift.scenario.IdaStoppingKind;

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

    public double getFailureProbability() { return ida().failureProbability(); }
    public void setFailureProbability(double value) { set("failureProbability", value); }
    public Object domFailureProbability() { return domain("failureProbability"); }

    public double getGainNoise() { return ida().gainNoise(); }
    public void setGainNoise(double value) { set("gainNoise", value); }
    public Object domGainNoise() { return domain("gainNoise"); }

    public int getMonthsPerIteration() { return ida().monthsPerIteration(); }
    public void setMonthsPerIteration(int value) { set("monthsPerIteration", value); }
    public Object domMonthsPerIteration() { return domain("monthsPerIteration"); }

    public double getSamplesPerIteration() { return ida().samplesPerIteration(); }
    public void setSamplesPerIteration(double value) { set("samplesPerIteration", value); }
    public Object domSamplesPerIteration() { return domain("samplesPerIteration"); }

    public double getTokensPerSample() { return ida().tokensPerSample(); }
    public void setTokensPerSample(double value) { set("tokensPerSample", value); }
    public Object domTokensPerSample() { return domain("tokensPerSample"); }

    /** The stopping rule as an index into {@link IdaStoppingKind#values()} (a combo box in MASON). */
    public int getStopping() { return ida().stopping().ordinal(); }
    public void setStopping(int value) { set("stopping", IdaStoppingKind.values(), value); }
    public Object domStopping() { return names(IdaStoppingKind.values()); }

    public double getLowGainThresholdE() { return ida().lowGainThresholdE(); }
    public void setLowGainThresholdE(double value) { set("lowGainThresholdE", value); }
    public Object domLowGainThresholdE() { return domain("lowGainThresholdE"); }

    public int getLowGainIterations() { return ida().lowGainIterations(); }
    public void setLowGainIterations(int value) { set("lowGainIterations", value); }
    public Object domLowGainIterations() { return domain("lowGainIterations"); }

    public double getDeployGapE() { return ida().deployGapE(); }
    public void setDeployGapE(double value) { set("deployGapE", value); }
    public Object domDeployGapE() { return domain("deployGapE"); }
}
