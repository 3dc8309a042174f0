package org.inferenceshift.parameters;

import org.inferenceshift.scenario.PopulationParams;

/** The population section of the scenario (DESIGN §6: the simulated users and the distributions their columns are drawn from) as inspector properties. */
public final class PopulationSection extends ParameterSection {
    PopulationSection(ScenarioParameters owner) {
        super(owner, "population", "Population");
    }

    private PopulationParams population() {
        return scenario().population();
    }

    public int getAgents() { return population().agents(); }
    public void setAgents(int value) { set("agents", value); }
    public Object domAgents() { return domain("agents"); }

    public double getRepresents() { return population().represents(); }
    public void setRepresents(double value) { set("represents", value); }
    public Object domRepresents() { return domain("represents"); }

    public double getIncomeMedianUsdPerMonth() { return population().incomeMedianUsdPerMonth(); }
    public void setIncomeMedianUsdPerMonth(double value) { set("incomeMedianUsdPerMonth", value); }
    public Object domIncomeMedianUsdPerMonth() { return domain("incomeMedianUsdPerMonth"); }

    public double getIncomeSigma() { return population().incomeSigma(); }
    public void setIncomeSigma(double value) { set("incomeSigma", value); }
    public Object domIncomeSigma() { return domain("incomeSigma"); }

    public double getReasoningShareMean() { return population().reasoningShareMean(); }
    public void setReasoningShareMean(double value) { set("reasoningShareMean", value); }
    public Object domReasoningShareMean() { return domain("reasoningShareMean"); }

    public double getReasoningShareConcentration() { return population().reasoningShareConcentration(); }
    public void setReasoningShareConcentration(double value) { set("reasoningShareConcentration", value); }
    public Object domReasoningShareConcentration() { return domain("reasoningShareConcentration"); }

    public double getDifficultyMeanE() { return population().difficultyMeanE(); }
    public void setDifficultyMeanE(double value) { set("difficultyMeanE", value); }
    public Object domDifficultyMeanE() { return domain("difficultyMeanE"); }

    public double getDifficultySdE() { return population().difficultySdE(); }
    public void setDifficultySdE(double value) { set("difficultySdE", value); }
    public Object domDifficultySdE() { return domain("difficultySdE"); }

    public double getSuccessWidthE() { return population().successWidthE(); }
    public void setSuccessWidthE(double value) { set("successWidthE", value); }
    public Object domSuccessWidthE() { return domain("successWidthE"); }

    public double getUsageMedianQueriesPerMonth() { return population().usageMedianQueriesPerMonth(); }
    public void setUsageMedianQueriesPerMonth(double value) { set("usageMedianQueriesPerMonth", value); }
    public Object domUsageMedianQueriesPerMonth() { return domain("usageMedianQueriesPerMonth"); }

    public double getUsageSigma() { return population().usageSigma(); }
    public void setUsageSigma(double value) { set("usageSigma", value); }
    public Object domUsageSigma() { return domain("usageSigma"); }

    public double getUsageIncomeCorrelation() { return population().usageIncomeCorrelation(); }
    public void setUsageIncomeCorrelation(double value) { set("usageIncomeCorrelation", value); }
    public Object domUsageIncomeCorrelation() { return domain("usageIncomeCorrelation"); }

    public double getValueUsdPerMonthAtMedianIncome() { return population().valueUsdPerMonthAtMedianIncome(); }
    public void setValueUsdPerMonthAtMedianIncome(double value) { set("valueUsdPerMonthAtMedianIncome", value); }
    public Object domValueUsdPerMonthAtMedianIncome() { return domain("valueUsdPerMonthAtMedianIncome"); }

    public double getValueIncomeElasticity() { return population().valueIncomeElasticity(); }
    public void setValueIncomeElasticity(double value) { set("valueIncomeElasticity", value); }
    public Object domValueIncomeElasticity() { return domain("valueIncomeElasticity"); }

    public double getAdoptionInnovation() { return population().adoptionInnovation(); }
    public void setAdoptionInnovation(double value) { set("adoptionInnovation", value); }
    public Object domAdoptionInnovation() { return domain("adoptionInnovation"); }

    public double getAdoptionImitation() { return population().adoptionImitation(); }
    public void setAdoptionImitation(double value) { set("adoptionImitation", value); }
    public Object domAdoptionImitation() { return domain("adoptionImitation"); }

    public double getInitialAdopterShare() { return population().initialAdopterShare(); }
    public void setInitialAdopterShare(double value) { set("initialAdopterShare", value); }
    public Object domInitialAdopterShare() { return domain("initialAdopterShare"); }

    public double getTechnicalShare() { return population().technicalShare(); }
    public void setTechnicalShare(double value) { set("technicalShare", value); }
    public Object domTechnicalShare() { return domain("technicalShare"); }
}
