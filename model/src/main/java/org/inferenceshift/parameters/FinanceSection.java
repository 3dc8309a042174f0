package org.inferenceshift.parameters;

import org.inferenceshift.scenario.FinanceParams;

/** The finance section of the scenario (DESIGN §7: budgets, capital raises and exit) as inspector properties. */
public final class FinanceSection extends ParameterSection {
    FinanceSection(ScenarioParameters owner) {
        super(owner, "finance", "Finance");
    }

    private FinanceParams finance() {
        return scenario().finance();
    }

    public double getRunwayMonths() { return finance().runwayMonths(); }
    public void setRunwayMonths(double value) { set("runwayMonths", value); }
    public Object domRunwayMonths() { return domain("runwayMonths"); }

    public int getRaiseIntervalMonths() { return finance().raiseIntervalMonths(); }
    public void setRaiseIntervalMonths(int value) { set("raiseIntervalMonths", value); }
    public Object domRaiseIntervalMonths() { return domain("raiseIntervalMonths"); }

    public double getRevenueMultiple() { return finance().revenueMultiple(); }
    public void setRevenueMultiple(double value) { set("revenueMultiple", value); }
    public Object domRevenueMultiple() { return domain("revenueMultiple"); }

    public double getInvestorAppetite() { return finance().investorAppetite(); }
    public void setInvestorAppetite(double value) { set("investorAppetite", value); }
    public Object domInvestorAppetite() { return domain("investorAppetite"); }

    public double getMinimumRaiseUsd() { return finance().minimumRaiseUsd(); }
    public void setMinimumRaiseUsd(double value) { set("minimumRaiseUsd", value); }
    public Object domMinimumRaiseUsd() { return domain("minimumRaiseUsd"); }

    public int getExitAfterNegativeMonths() { return finance().exitAfterNegativeMonths(); }
    public void setExitAfterNegativeMonths(int value) { set("exitAfterNegativeMonths", value); }
    public Object domExitAfterNegativeMonths() { return domain("exitAfterNegativeMonths"); }
}
