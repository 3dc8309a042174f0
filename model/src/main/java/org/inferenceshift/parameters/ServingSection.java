package org.inferenceshift.parameters;

import org.inferenceshift.scenario.ServingParams;

/** The serving section of the scenario (DESIGN §5: serving costs and the free outside option) as inspector properties. */
public final class ServingSection extends ParameterSection {
    ServingSection(ScenarioParameters owner) {
        super(owner, "serving", "Serving");
    }

    private ServingParams serving() {
        return scenario().serving();
    }

    public double getTokensPerQuery() { return serving().tokensPerQuery(); }
    public void setTokensPerQuery(double value) { set("tokensPerQuery", value); }
    public Object domTokensPerQuery() { return domain("tokensPerQuery"); }

    public double getTokensPerTask() { return serving().tokensPerTask(); }
    public void setTokensPerTask(double value) { set("tokensPerTask", value); }
    public Object domTokensPerTask() { return domain("tokensPerTask"); }

    public double getHumanWageUsdPerTask() { return serving().humanWageUsdPerTask(); }
    public void setHumanWageUsdPerTask(double value) { set("humanWageUsdPerTask", value); }
    public Object domHumanWageUsdPerTask() { return domain("humanWageUsdPerTask"); }

    public double getTokensPerSecondPerCopy() { return serving().tokensPerSecondPerCopy(); }
    public void setTokensPerSecondPerCopy(double value) { set("tokensPerSecondPerCopy", value); }
    public Object domTokensPerSecondPerCopy() { return domain("tokensPerSecondPerCopy"); }

    public double getSelfHostingPenaltyE() { return serving().selfHostingPenaltyE(); }
    public void setSelfHostingPenaltyE(double value) { set("selfHostingPenaltyE", value); }
    public Object domSelfHostingPenaltyE() { return domain("selfHostingPenaltyE"); }

    public double getNoAiCapabilityE() { return serving().noAiCapabilityE(); }
    public void setNoAiCapabilityE(double value) { set("noAiCapabilityE", value); }
    public Object domNoAiCapabilityE() { return domain("noAiCapabilityE"); }

    public double getMinimumThrottle() { return serving().minimumThrottle(); }
    public void setMinimumThrottle(double value) { set("minimumThrottle", value); }
    public Object domMinimumThrottle() { return domain("minimumThrottle"); }

    public double getAdaptiveTargetSuccess() { return serving().adaptiveTargetSuccess(); }
    public void setAdaptiveTargetSuccess(double value) { set("adaptiveTargetSuccess", value); }
    public Object domAdaptiveTargetSuccess() { return domain("adaptiveTargetSuccess"); }

    public double getAdaptiveMinGainPerOom() { return serving().adaptiveMinGainPerOom(); }
    public void setAdaptiveMinGainPerOom(double value) { set("adaptiveMinGainPerOom", value); }
    public Object domAdaptiveMinGainPerOom() { return domain("adaptiveMinGainPerOom"); }

    public double getMaxFlopPerTask() { return serving().maxFlopPerTask(); }
    public void setMaxFlopPerTask(double value) { set("maxFlopPerTask", value); }
    public Object domMaxFlopPerTask() { return domain("maxFlopPerTask"); }
}
