package org.inferenceshift.parameters;

/**
 * The top level of the scenario: its name and start month (read-only) and the horizon. The seed is not
 * here: MASON's Console owns it, and the GUI copies it into the scenario at each start.
 */
public final class RunSection extends ParameterSection {
    RunSection(ScenarioParameters owner) {
        super(owner, "", "Run");
    }

    public String getScenario() { return scenario().name(); }
    public String getStart() { return scenario().start(); }

    public int getHorizonMonths() { return scenario().horizonMonths(); }
    public void setHorizonMonths(int value) { set("horizonMonths", value); }
    public Object domHorizonMonths() { return domain("horizonMonths"); }
}
