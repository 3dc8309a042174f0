package org.inferenceshift.parameters;

import org.inferenceshift.scenario.EntryParams;

/** The entry section of the scenario (DESIGN §7: entrants arriving by a Poisson process) as inspector properties. */
public final class EntrySection extends ParameterSection {
    EntrySection(ScenarioParameters owner) {
        super(owner, "entry", "Entry");
    }

    private EntryParams entry() {
        return scenario().entry();
    }

    public double getEntrantsPerYear() { return entry().entrantsPerYear(); }
    public void setEntrantsPerYear(double value) { set("entrantsPerYear", value); }
    public Object domEntrantsPerYear() { return domain("entrantsPerYear"); }

    public double getEntrantCashUsd() { return entry().entrantCashUsd(); }
    public void setEntrantCashUsd(double value) { set("entrantCashUsd", value); }
    public Object domEntrantCashUsd() { return domain("entrantCashUsd"); }

    public double getEntrantOpenWeightsProbability() { return entry().entrantOpenWeightsProbability(); }
    public void setEntrantOpenWeightsProbability(double value) { set("entrantOpenWeightsProbability", value); }
    public Object domEntrantOpenWeightsProbability() { return domain("entrantOpenWeightsProbability"); }

    public double getEntrantInitialFlop() { return entry().entrantInitialFlop(); }
    public void setEntrantInitialFlop(double value) { set("entrantInitialFlop", value); }
    public Object domEntrantInitialFlop() { return domain("entrantInitialFlop"); }
}
