package org.inferenceshift.parameters;

import org.inferenceshift.scenario.PricingParams;

/** The pricing section of the scenario (DESIGN §7: how labs experiment with their tier menus, and what a free tier is) as inspector properties. */
public final class PricingSection extends ParameterSection {
    PricingSection(ScenarioParameters owner) {
        super(owner, "pricing", "Pricing");
    }

    private PricingParams pricing() {
        return scenario().pricing();
    }

    public int getPricingPeriodMonths() { return pricing().pricingPeriodMonths(); }
    public void setPricingPeriodMonths(int value) { set("pricingPeriodMonths", value); }
    public Object domPricingPeriodMonths() { return domain("pricingPeriodMonths"); }

    public double getPriceStep() { return pricing().priceStep(); }
    public void setPriceStep(double value) { set("priceStep", value); }
    public Object domPriceStep() { return domain("priceStep"); }

    public double getNewTierMultiplierStep() { return pricing().newTierMultiplierStep(); }
    public void setNewTierMultiplierStep(double value) { set("newTierMultiplierStep", value); }
    public Object domNewTierMultiplierStep() { return domain("newTierMultiplierStep"); }

    public double getNewTierMarkup() { return pricing().newTierMarkup(); }
    public void setNewTierMarkup(double value) { set("newTierMarkup", value); }
    public Object domNewTierMarkup() { return domain("newTierMarkup"); }

    public double getNewTierPriceElasticity() { return pricing().newTierPriceElasticity(); }
    public void setNewTierPriceElasticity(double value) { set("newTierPriceElasticity", value); }
    public Object domNewTierPriceElasticity() { return domain("newTierPriceElasticity"); }

    public double getEvidenceThreshold() { return pricing().evidenceThreshold(); }
    public void setEvidenceThreshold(double value) { set("evidenceThreshold", value); }
    public Object domEvidenceThreshold() { return domain("evidenceThreshold"); }

    public int getMaxTiers() { return pricing().maxTiers(); }
    public void setMaxTiers(int value) { set("maxTiers", value); }
    public Object domMaxTiers() { return domain("maxTiers"); }

    public int getDropAfterLossReviews() { return pricing().dropAfterLossReviews(); }
    public void setDropAfterLossReviews(int value) { set("dropAfterLossReviews", value); }
    public Object domDropAfterLossReviews() { return domain("dropAfterLossReviews"); }

    public double getMinimumTierSubscriberShare() { return pricing().minimumTierSubscriberShare(); }
    public void setMinimumTierSubscriberShare(double value) { set("minimumTierSubscriberShare", value); }
    public Object domMinimumTierSubscriberShare() { return domain("minimumTierSubscriberShare"); }

    public double getFreeTierServedShare() { return pricing().freeTierServedShare(); }
    public void setFreeTierServedShare(double value) { set("freeTierServedShare", value); }
    public Object domFreeTierServedShare() { return domain("freeTierServedShare"); }

    public double getDistilledSizeFraction() { return pricing().distilledSizeFraction(); }
    public void setDistilledSizeFraction(double value) { set("distilledSizeFraction", value); }
    public Object domDistilledSizeFraction() { return domain("distilledSizeFraction"); }

    public double getDistillationPenaltyEPerOom() { return pricing().distillationPenaltyEPerOom(); }
    public void setDistillationPenaltyEPerOom(double value) { set("distillationPenaltyEPerOom", value); }
    public Object domDistillationPenaltyEPerOom() { return domain("distillationPenaltyEPerOom"); }

    public double getDistillationComputeShare() { return pricing().distillationComputeShare(); }
    public void setDistillationComputeShare(double value) { set("distillationComputeShare", value); }
    public Object domDistillationComputeShare() { return domain("distillationComputeShare"); }

    public double getFluctuationWeight() { return pricing().fluctuationWeight(); }
    public void setFluctuationWeight(double value) { set("fluctuationWeight", value); }
    public Object domFluctuationWeight() { return domain("fluctuationWeight"); }

    public double getMinimumNewTierGain() { return pricing().minimumNewTierGain(); }
    public void setMinimumNewTierGain(double value) { set("minimumNewTierGain", value); }
    public Object domMinimumNewTierGain() { return domain("minimumNewTierGain"); }

    public double getPremisedGrowthOom() { return pricing().premisedGrowthOom(); }
    public void setPremisedGrowthOom(double value) { set("premisedGrowthOom", value); }
    public Object domPremisedGrowthOom() { return domain("premisedGrowthOom"); }

    public int getPremisedGrowthMonths() { return pricing().premisedGrowthMonths(); }
    public void setPremisedGrowthMonths(int value) { set("premisedGrowthMonths", value); }
    public Object domPremisedGrowthMonths() { return domain("premisedGrowthMonths"); }
}
