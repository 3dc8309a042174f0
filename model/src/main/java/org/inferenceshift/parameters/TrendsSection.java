package org.inferenceshift.parameters;

import org.inferenceshift.scenario.TrendParams;

/** The trends section of the scenario (DESIGN §3: exogenous hardware and algorithmic trends) as inspector properties. */
public final class TrendsSection extends ParameterSection {
    TrendsSection(ScenarioParameters owner) {
        super(owner, "trends", "Trends");
    }

    private TrendParams trends() {
        return scenario().trends();
    }

    public double getFlopPerDollar0() { return trends().flopPerDollar0(); }
    public void setFlopPerDollar0(double value) { set("flopPerDollar0", value); }
    public Object domFlopPerDollar0() { return domain("flopPerDollar0"); }

    public double getHardwareGrowthPerYear() { return trends().hardwareGrowthPerYear(); }
    public void setHardwareGrowthPerYear(double value) { set("hardwareGrowthPerYear", value); }
    public Object domHardwareGrowthPerYear() { return domain("hardwareGrowthPerYear"); }

    public double getAlgoEfficiencyGrowthPerYear() { return trends().algoEfficiencyGrowthPerYear(); }
    public void setAlgoEfficiencyGrowthPerYear(double value) { set("algoEfficiencyGrowthPerYear", value); }
    public Object domAlgoEfficiencyGrowthPerYear() { return domain("algoEfficiencyGrowthPerYear"); }

    public double getServingEfficiencyGrowthPerYear() { return trends().servingEfficiencyGrowthPerYear(); }
    public void setServingEfficiencyGrowthPerYear(double value) { set("servingEfficiencyGrowthPerYear", value); }
    public Object domServingEfficiencyGrowthPerYear() { return domain("servingEfficiencyGrowthPerYear"); }

    public double getServingEfficiencyMax() { return trends().servingEfficiencyMax(); }
    public void setServingEfficiencyMax(double value) { set("servingEfficiencyMax", value); }
    public Object domServingEfficiencyMax() { return domain("servingEfficiencyMax"); }
}
