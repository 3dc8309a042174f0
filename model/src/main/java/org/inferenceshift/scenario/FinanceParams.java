package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §7: budgets, capital raises and exit. */
public record FinanceParams(
        @Param(min = 1, max = 600, unit = "months", doc = "A lab spends cash/runwayMonths of its cash each month on top of revenue.")
        double runwayMonths,
        @Param(min = 1, max = 120, unit = "months", doc = "Months between a lab's capital raises.")
        int raiseIntervalMonths,
        @Param(min = 0, max = 200, unit = "x annual revenue", doc = "Valuation multiple of annualised revenue that investors apply.")
        double revenueMultiple,
        @Param(min = 0, max = 1, unit = "share of valuation", doc = "Investor appetite: share of the valuation raised in one round by the top-ranked lab.")
        double investorAppetite,
        @Param(min = 0, max = 1e15, unit = "USD", doc = "Raise available to a lab with no revenue yet (scaled by capability rank like any raise).")
        double minimumRaiseUsd,
        @Param(min = 1, max = 120, unit = "months", doc = "Consecutive months of negative cash after which a lab exits.")
        int exitAfterNegativeMonths) implements Serializable {
}
