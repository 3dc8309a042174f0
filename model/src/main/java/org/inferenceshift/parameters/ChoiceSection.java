package org.inferenceshift.parameters;

import org.inferenceshift.scenario.ChoiceParams;

/** The choice section of the scenario (DESIGN §6: how users re-decide (inertia, consideration set, logit)) as inspector properties. */
public final class ChoiceSection extends ParameterSection {
    ChoiceSection(ScenarioParameters owner) {
        super(owner, "choice", "Choice");
    }

    private ChoiceParams choice() {
        return scenario().choice();
    }

    public double getReviewRate() { return choice().reviewRate(); }
    public void setReviewRate(double value) { set("reviewRate", value); }
    public Object domReviewRate() { return domain("reviewRate"); }

    public int getConsiderationLabs() { return choice().considerationLabs(); }
    public void setConsiderationLabs(int value) { set("considerationLabs", value); }
    public Object domConsiderationLabs() { return domain("considerationLabs"); }

    public double getAwarenessFloor() { return choice().awarenessFloor(); }
    public void setAwarenessFloor(double value) { set("awarenessFloor", value); }
    public Object domAwarenessFloor() { return domain("awarenessFloor"); }

    public double getLogitScale() { return choice().logitScale(); }
    public void setLogitScale(double value) { set("logitScale", value); }
    public Object domLogitScale() { return domain("logitScale"); }

    public double getBrandTasteScale() { return choice().brandTasteScale(); }
    public void setBrandTasteScale(double value) { set("brandTasteScale", value); }
    public Object domBrandTasteScale() { return domain("brandTasteScale"); }

    public double getSwitchingCost() { return choice().switchingCost(); }
    public void setSwitchingCost(double value) { set("switchingCost", value); }
    public Object domSwitchingCost() { return domain("switchingCost"); }

    public boolean isSplitOutsideOption() { return choice().splitOutsideOption(); }
    public void setSplitOutsideOption(boolean value) { set("splitOutsideOption", value); }
}
