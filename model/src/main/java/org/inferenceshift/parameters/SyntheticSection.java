package org.inferenceshift.parameters;

import org.inferenceshift.scenario.SyntheticDataParams;
import org.inferenceshift.scenario.SyntheticGenerationKind;

/** The synthetic section of the scenario (inference-during-training by synthetic data, MODEL.md §7.10) as inspector properties. */
public final class SyntheticSection extends ParameterSection {
    SyntheticSection(ScenarioParameters owner) {
        super(owner, "synthetic", "Synthetic data");
    }

    private SyntheticDataParams synthetic() {
        return scenario().synthetic();
    }

    public boolean isEnabled() { return synthetic().enabled(); }
    public void setEnabled(boolean value) { set("enabled", value); }

    public double getGenerationMultiplier() { return synthetic().generationMultiplier(); }
    public void setGenerationMultiplier(double value) { set("generationMultiplier", value); }
    public Object domGenerationMultiplier() { return domain("generationMultiplier"); }

    public double getReasoningShare() { return synthetic().reasoningShare(); }
    public void setReasoningShare(double value) { set("reasoningShare", value); }
    public Object domReasoningShare() { return domain("reasoningShare"); }

    public double getAcceptanceReasoning() { return synthetic().acceptanceReasoning(); }
    public void setAcceptanceReasoning(double value) { set("acceptanceReasoning", value); }
    public Object domAcceptanceReasoning() { return domain("acceptanceReasoning"); }

    public double getAcceptanceIntuitive() { return synthetic().acceptanceIntuitive(); }
    public void setAcceptanceIntuitive(double value) { set("acceptanceIntuitive", value); }
    public Object domAcceptanceIntuitive() { return domain("acceptanceIntuitive"); }

    public double getTokenValue() { return synthetic().tokenValue(); }
    public void setTokenValue(double value) { set("tokenValue", value); }
    public Object domTokenValue() { return domain("tokenValue"); }

    public double getDiminishingExponent() { return synthetic().diminishingExponent(); }
    public void setDiminishingExponent(double value) { set("diminishingExponent", value); }
    public Object domDiminishingExponent() { return domain("diminishingExponent"); }

    /** The generation rule as an index into {@link SyntheticGenerationKind#values()} (a combo box in MASON). */
    public int getGeneration() { return synthetic().generation().ordinal(); }
    public void setGeneration(int value) { set("generation", SyntheticGenerationKind.values(), value); }
    public Object domGeneration() { return names(SyntheticGenerationKind.values()); }
}
