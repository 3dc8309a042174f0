package org.inferenceshift.parameters;

import org.inferenceshift.scenario.CapabilityParams;
import org.inferenceshift.scenario.GainShape;

/** The capability section of the scenario (DESIGN §4: the capability production function) as inspector properties. */
public final class CapabilitySection extends ParameterSection {
    CapabilitySection(ScenarioParameters owner) {
        super(owner, "capability", "Capability");
    }

    private CapabilityParams capability() {
        return scenario().capability();
    }

    public double getDataWallFlop() { return capability().dataWallFlop(); }
    public void setDataWallFlop(double value) { set("dataWallFlop", value); }
    public Object domDataWallFlop() { return domain("dataWallFlop"); }

    public double getReturnsAboveWall() { return capability().returnsAboveWall(); }
    public void setReturnsAboveWall(double value) { set("returnsAboveWall", value); }
    public Object domReturnsAboveWall() { return domain("returnsAboveWall"); }

    public double getBetaReasoning() { return capability().betaReasoning(); }
    public void setBetaReasoning(double value) { set("betaReasoning", value); }
    public Object domBetaReasoning() { return domain("betaReasoning"); }

    public double getBetaIntuitive() { return capability().betaIntuitive(); }
    public void setBetaIntuitive(double value) { set("betaIntuitive", value); }
    public Object domBetaIntuitive() { return domain("betaIntuitive"); }

    public double getPlateauMinOom() { return capability().plateauMinOom(); }
    public void setPlateauMinOom(double value) { set("plateauMinOom", value); }
    public Object domPlateauMinOom() { return domain("plateauMinOom"); }

    public double getPlateauMaxOom() { return capability().plateauMaxOom(); }
    public void setPlateauMaxOom(double value) { set("plateauMaxOom", value); }
    public Object domPlateauMaxOom() { return domain("plateauMaxOom"); }

    /** The gain shape as an index into {@link GainShape#values()}: MASON shows an int with a String[] domain as a combo box. */
    public int getGainShape() { return capability().gainShape().ordinal(); }
    public void setGainShape(int value) { set("gainShape", GainShape.values(), value); }
    public Object domGainShape() { return names(GainShape.values()); }

    public double getRlScale() { return capability().rlScale(); }
    public void setRlScale(double value) { set("rlScale", value); }
    public Object domRlScale() { return domain("rlScale"); }

    public double getHumanLevelE() { return capability().humanLevelE(); }
    public void setHumanLevelE(double value) { set("humanLevelE", value); }
    public Object domHumanLevelE() { return domain("humanLevelE"); }

    public double getDangerE() { return capability().dangerE(); }
    public void setDangerE(double value) { set("dangerE", value); }
    public Object domDangerE() { return domain("dangerE"); }
}
