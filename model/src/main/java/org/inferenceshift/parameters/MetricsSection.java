package org.inferenceshift.parameters;

import org.inferenceshift.scenario.MetricsParams;

/** The metrics section of the scenario (DESIGN §9: lines and windows in metric definitions) as inspector properties. */
public final class MetricsSection extends ParameterSection {
    MetricsSection(ScenarioParameters owner) {
        super(owner, "metrics", "Metrics");
    }

    private MetricsParams metrics() {
        return scenario().metrics();
    }

    public double getNearFrontierGapE() { return metrics().nearFrontierGapE(); }
    public void setNearFrontierGapE(double value) { set("nearFrontierGapE", value); }
    public Object domNearFrontierGapE() { return domain("nearFrontierGapE"); }

    public double getLargeTrainingRunFlop() { return metrics().largeTrainingRunFlop(); }
    public void setLargeTrainingRunFlop(double value) { set("largeTrainingRunFlop", value); }
    public Object domLargeTrainingRunFlop() { return domain("largeTrainingRunFlop"); }

    public int getDeploymentCrossoverAgeMonths() { return metrics().deploymentCrossoverAgeMonths(); }
    public void setDeploymentCrossoverAgeMonths(int value) { set("deploymentCrossoverAgeMonths", value); }
    public Object domDeploymentCrossoverAgeMonths() { return domain("deploymentCrossoverAgeMonths"); }

    public double getBunchingBandOom() { return metrics().bunchingBandOom(); }
    public void setBunchingBandOom(double value) { set("bunchingBandOom", value); }
    public Object domBunchingBandOom() { return domain("bunchingBandOom"); }

    public double getActorBudgetUsd() { return metrics().actorBudgetUsd(); }
    public void setActorBudgetUsd(double value) { set("actorBudgetUsd", value); }
    public Object domActorBudgetUsd() { return domain("actorBudgetUsd"); }

    public int getActorTasks() { return metrics().actorTasks(); }
    public void setActorTasks(int value) { set("actorTasks", value); }
    public Object domActorTasks() { return domain("actorTasks"); }
}
