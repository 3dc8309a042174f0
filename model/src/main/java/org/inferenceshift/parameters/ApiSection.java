package org.inferenceshift.parameters;

import org.inferenceshift.scenario.ApiParams;
import org.inferenceshift.scenario.ApiPricingKind;

/** The api section of the scenario (issue 18 item 5: the enterprise / API market and how labs price it) as inspector properties. */
public final class ApiSection extends ParameterSection {
    ApiSection(ScenarioParameters owner) {
        super(owner, "api", "API market");
    }

    private ApiParams api() {
        return scenario().api();
    }

    public boolean isEnabled() { return api().enabled(); }
    public void setEnabled(boolean value) { set("enabled", value); }

    public int getBuyers() { return api().buyers(); }
    public void setBuyers(int value) { set("buyers", value); }
    public Object domBuyers() { return domain("buyers"); }

    public double getQueriesPerMonth() { return api().queriesPerMonth(); }
    public void setQueriesPerMonth(double value) { set("queriesPerMonth", value); }
    public Object domQueriesPerMonth() { return domain("queriesPerMonth"); }

    public double getVolumeGrowthPerYear() { return api().volumeGrowthPerYear(); }
    public void setVolumeGrowthPerYear(double value) { set("volumeGrowthPerYear", value); }
    public Object domVolumeGrowthPerYear() { return domain("volumeGrowthPerYear"); }

    public double getVolumeGrowthMax() { return api().volumeGrowthMax(); }
    public void setVolumeGrowthMax(double value) { set("volumeGrowthMax", value); }
    public Object domVolumeGrowthMax() { return domain("volumeGrowthMax"); }

    public double getFirmSizeTailIndex() { return api().firmSizeTailIndex(); }
    public void setFirmSizeTailIndex(double value) { set("firmSizeTailIndex", value); }
    public Object domFirmSizeTailIndex() { return domain("firmSizeTailIndex"); }

    public double getFirmSizeMax() { return api().firmSizeMax(); }
    public void setFirmSizeMax(double value) { set("firmSizeMax", value); }
    public Object domFirmSizeMax() { return domain("firmSizeMax"); }

    public double getIntensitySigma() { return api().intensitySigma(); }
    public void setIntensitySigma(double value) { set("intensitySigma", value); }
    public Object domIntensitySigma() { return domain("intensitySigma"); }

    public double getValueMedianUsdPerQuery() { return api().valueMedianUsdPerQuery(); }
    public void setValueMedianUsdPerQuery(double value) { set("valueMedianUsdPerQuery", value); }
    public Object domValueMedianUsdPerQuery() { return domain("valueMedianUsdPerQuery"); }

    public double getValueSigma() { return api().valueSigma(); }
    public void setValueSigma(double value) { set("valueSigma", value); }
    public Object domValueSigma() { return domain("valueSigma"); }

    public double getReasoningShareMean() { return api().reasoningShareMean(); }
    public void setReasoningShareMean(double value) { set("reasoningShareMean", value); }
    public Object domReasoningShareMean() { return domain("reasoningShareMean"); }

    public double getReasoningShareConcentration() { return api().reasoningShareConcentration(); }
    public void setReasoningShareConcentration(double value) { set("reasoningShareConcentration", value); }
    public Object domReasoningShareConcentration() { return domain("reasoningShareConcentration"); }

    public double getDifficultyMeanE() { return api().difficultyMeanE(); }
    public void setDifficultyMeanE(double value) { set("difficultyMeanE", value); }
    public Object domDifficultyMeanE() { return domain("difficultyMeanE"); }

    public double getDifficultySdE() { return api().difficultySdE(); }
    public void setDifficultySdE(double value) { set("difficultySdE", value); }
    public Object domDifficultySdE() { return domain("difficultySdE"); }

    public double getLogitScale() { return api().logitScale(); }
    public void setLogitScale(double value) { set("logitScale", value); }
    public Object domLogitScale() { return domain("logitScale"); }

    public double getReviewRate() { return api().reviewRate(); }
    public void setReviewRate(double value) { set("reviewRate", value); }
    public Object domReviewRate() { return domain("reviewRate"); }

    /** The pricing decision as an index into {@link ApiPricingKind#values()} (a combo box in MASON). */
    public int getPricing() { return api().pricing().ordinal(); }
    public void setPricing(int value) { set("pricing", ApiPricingKind.values(), value); }
    public Object domPricing() { return names(ApiPricingKind.values()); }

    public double getInitialMarkup() { return api().initialMarkup(); }
    public void setInitialMarkup(double value) { set("initialMarkup", value); }
    public Object domInitialMarkup() { return domain("initialMarkup"); }

    public double getMinMarkup() { return api().minMarkup(); }
    public void setMinMarkup(double value) { set("minMarkup", value); }
    public Object domMinMarkup() { return domain("minMarkup"); }

    public double getMaxMarkup() { return api().maxMarkup(); }
    public void setMaxMarkup(double value) { set("maxMarkup", value); }
    public Object domMaxMarkup() { return domain("maxMarkup"); }

    public double getMarkupStep() { return api().markupStep(); }
    public void setMarkupStep(double value) { set("markupStep", value); }
    public Object domMarkupStep() { return domain("markupStep"); }

    public int getPricingPeriodMonths() { return api().pricingPeriodMonths(); }
    public void setPricingPeriodMonths(int value) { set("pricingPeriodMonths", value); }
    public Object domPricingPeriodMonths() { return domain("pricingPeriodMonths"); }
}
