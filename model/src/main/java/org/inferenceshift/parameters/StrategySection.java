package org.inferenceshift.parameters;

import org.inferenceshift.scenario.StrategyParams;

/** The strategy section of the scenario (DESIGN §7: how adaptive labs revise their allocation and training choices) as inspector properties. */
public final class StrategySection extends ParameterSection {
    StrategySection(ScenarioParameters owner) {
        super(owner, "strategy", "Strategy");
    }

    private StrategyParams strategy() {
        return scenario().strategy();
    }

    public int getStrategyPeriodMonths() { return strategy().strategyPeriodMonths(); }
    public void setStrategyPeriodMonths(int value) { set("strategyPeriodMonths", value); }
    public Object domStrategyPeriodMonths() { return domain("strategyPeriodMonths"); }

    public double getFitnessShareWeight() { return strategy().fitnessShareWeight(); }
    public void setFitnessShareWeight(double value) { set("fitnessShareWeight", value); }
    public Object domFitnessShareWeight() { return domain("fitnessShareWeight"); }

    public double getFitnessCapabilityWeight() { return strategy().fitnessCapabilityWeight(); }
    public void setFitnessCapabilityWeight(double value) { set("fitnessCapabilityWeight", value); }
    public Object domFitnessCapabilityWeight() { return domain("fitnessCapabilityWeight"); }

    public double getComplianceTolerance() { return strategy().complianceTolerance(); }
    public void setComplianceTolerance(double value) { set("complianceTolerance", value); }
    public Object domComplianceTolerance() { return domain("complianceTolerance"); }

    public double getBunchingMarginOom() { return strategy().bunchingMarginOom(); }
    public void setBunchingMarginOom(double value) { set("bunchingMarginOom", value); }
    public Object domBunchingMarginOom() { return domain("bunchingMarginOom"); }

    public double getBunchingMaxSacrificeE() { return strategy().bunchingMaxSacrificeE(); }
    public void setBunchingMaxSacrificeE(double value) { set("bunchingMaxSacrificeE", value); }
    public Object domBunchingMaxSacrificeE() { return domain("bunchingMaxSacrificeE"); }

    public double getImitationProbability() { return strategy().imitationProbability(); }
    public void setImitationProbability(double value) { set("imitationProbability", value); }
    public Object domImitationProbability() { return domain("imitationProbability"); }

    public double getExplorationConcentration() { return strategy().explorationConcentration(); }
    public void setExplorationConcentration(double value) { set("explorationConcentration", value); }
    public Object domExplorationConcentration() { return domain("explorationConcentration"); }

    public double getMinimumShare() { return strategy().minimumShare(); }
    public void setMinimumShare(double value) { set("minimumShare", value); }
    public Object domMinimumShare() { return domain("minimumShare"); }

    public double getTokensPerParameterStepLog10() { return strategy().tokensPerParameterStepLog10(); }
    public void setTokensPerParameterStepLog10(double value) { set("tokensPerParameterStepLog10", value); }
    public Object domTokensPerParameterStepLog10() { return domain("tokensPerParameterStepLog10"); }

    public double getMaxTokensPerParameter() { return strategy().maxTokensPerParameter(); }
    public void setMaxTokensPerParameter(double value) { set("maxTokensPerParameter", value); }
    public Object domMaxTokensPerParameter() { return domain("maxTokensPerParameter"); }

    public double getComputeOptimalTokensPerParameter() { return strategy().computeOptimalTokensPerParameter(); }
    public void setComputeOptimalTokensPerParameter(double value) { set("computeOptimalTokensPerParameter", value); }
    public Object domComputeOptimalTokensPerParameter() { return domain("computeOptimalTokensPerParameter"); }

    public double getChinchillaAlpha() { return strategy().chinchillaAlpha(); }
    public void setChinchillaAlpha(double value) { set("chinchillaAlpha", value); }
    public Object domChinchillaAlpha() { return domain("chinchillaAlpha"); }

    public double getChinchillaBeta() { return strategy().chinchillaBeta(); }
    public void setChinchillaBeta(double value) { set("chinchillaBeta", value); }
    public Object domChinchillaBeta() { return domain("chinchillaBeta"); }

    public double getSiteSplitOverheadShare() { return strategy().siteSplitOverheadShare(); }
    public void setSiteSplitOverheadShare(double value) { set("siteSplitOverheadShare", value); }
    public Object domSiteSplitOverheadShare() { return domain("siteSplitOverheadShare"); }

    public boolean isStayUnderRevenueLine() { return strategy().stayUnderRevenueLine(); }
    public void setStayUnderRevenueLine(boolean value) { set("stayUnderRevenueLine", value); }

    public double getRevenueLineMarginShare() { return strategy().revenueLineMarginShare(); }
    public void setRevenueLineMarginShare(double value) { set("revenueLineMarginShare", value); }
    public Object domRevenueLineMarginShare() { return domain("revenueLineMarginShare"); }
}
