package org.inferenceshift.sim;

import java.io.Serializable;

/**
 * Running totals of every dollar that enters or leaves the labs, kept apart from the labs' own cash so
 * conservation can be checked: sum of cash now - sum of cash at entry = revenue + raises - spend.
 */
public final class Ledger implements Serializable {
    private static final long serialVersionUID = 1L;

    private double initialCashUsd;
    private double revenueUsd;
    private double raisesUsd;
    private double spendUsd;

    void addInitialCash(double usd) { initialCashUsd += usd; }
    void addRevenue(double usd) { revenueUsd += usd; }
    void addRaise(double usd) { raisesUsd += usd; }
    void addSpend(double usd) { spendUsd += usd; }

    public double initialCashUsd() { return initialCashUsd; }
    public double revenueUsd() { return revenueUsd; }
    public double raisesUsd() { return raisesUsd; }
    public double spendUsd() { return spendUsd; }

    /** What the labs' cash should sum to if no dollar was created or lost. */
    public double expectedCashUsd() {
        return initialCashUsd + revenueUsd + raisesUsd - spendUsd;
    }
}
