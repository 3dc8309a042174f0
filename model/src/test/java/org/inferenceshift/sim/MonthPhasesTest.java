package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.LabFinance;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.FinanceParams;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The budget, serving, finance and review phases one at a time, on the two-lab test world (no regulator,
 * one region, no API market), each checked against its formula in DESIGN §5 and §7 computed here from the state before
 * the phase, and for conservation of money against the ledger.
 */
class MonthPhasesTest {
    private static final double TOLERANCE = 1e-9;

    /** The consumer market alone: the API market's part of serving is ApiServingTest's. */
    private static final String NO_API = "\"api\": { \"enabled\": false }";

    private static IndustryModel started(String extra) {
        Scenario scenario = TestScenarios.small(2_000, 24, extra.isEmpty() ? NO_API : NO_API + ", " + extra);
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        return model;
    }

    private static void run(IndustryModel model, Phase... phases) {
        for (Phase phase : phases) {
            phase.newStep().step(model);
        }
    }

    private static double cash(IndustryModel model) {
        return model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
    }

    @Test
    void theBudgetIsLastRevenuePlusARunwayShareOfCashLessFixedCostsSplitByTheAllocation() {
        // FIXED_SHARE: the whole inference share rents capacity (the rule before capacity planning)
        IndustryModel model = started("\"labDefaults\": { \"capacityPlanning\": \"FIXED_SHARE\" }");
        run(model, Phase.TRENDS);
        double runway = model.scenario().finance().runwayMonths();
        int labs = model.labs().size();
        double[] budget = new double[labs];
        double[] fixed = new double[labs];
        double[] cashBefore = new double[labs];
        for (Lab lab : model.labs()) {
            LabFinance f = lab.finance();
            int l = lab.getIndex();
            fixed[l] = f.getFixedCostUsdPerMonth();
            cashBefore[l] = f.getCashUsd();
            budget[l] = Math.max(0, f.getLastRevenueUsd() + Math.max(0, f.getCashUsd()) / runway - fixed[l]);
        }
        double spendBefore = model.ledger().spendUsd();
        run(model, Phase.BUDGETS);
        double spent = 0;
        for (Lab lab : model.labs()) {
            int l = lab.getIndex();
            LabFinance f = lab.finance();
            AllocationShares a = lab.getAllocation();
            assertTrue(budget[l] > 0, "the test world's labs have money to spend");
            assertEquals(fixed[l], f.getFixedUsd(), 0.0);
            assertEquals(a.pre() * budget[l], f.getPreTrainingUsd(), TOLERANCE * budget[l]);
            assertEquals(a.post() * budget[l], f.getPostTrainingUsd(), TOLERANCE * budget[l]);
            assertEquals(a.inference() * budget[l], f.getInferenceUsd(), TOLERANCE * budget[l]);
            assertEquals(a.inference() * budget[l] * model.flopPerDollar(), lab.serving().getCapacityFlop(),
                    TOLERANCE * lab.serving().getCapacityFlop(), "the inference budget rents capacity");
            assertEquals(cashBefore[l] - fixed[l] - budget[l], f.getCashUsd(), TOLERANCE * cashBefore[l]);
            assertEquals(lab.getFinalRunShare() * (f.getPreTrainingUsd() + f.getPostTrainingUsd()),
                    lab.training().run().costUsd(), TOLERANCE * budget[l], "only finalRunShare reaches the run");
            spent += fixed[l] + budget[l];
        }
        assertEquals(spent, model.ledger().spendUsd() - spendBefore, TOLERANCE * spent);
    }

    @Test
    void aDemandForecastLabRentsItsFallbackForecastWithHeadroomHalfReservedAndKeepsTheRest() {
        IndustryModel model = started("");
        run(model, Phase.TRENDS);
        Scenario s = model.scenario();
        double runway = s.finance().runwayMonths();
        double fpd = model.flopPerDollar();
        var pop = s.population();
        double meanQueries = pop.usageMedianQueriesPerMonth() * Math.exp(pop.usageSigma() * pop.usageSigma() / 2);
        double[] cashBefore = new double[model.labs().size()];
        double[] budget = new double[model.labs().size()];
        for (Lab lab : model.labs()) {
            LabFinance f = lab.finance();
            cashBefore[lab.getIndex()] = f.getCashUsd();
            budget[lab.getIndex()] = Math.max(0, f.getLastRevenueUsd() + Math.max(0, f.getCashUsd()) / runway
                    - f.getFixedCostUsdPerMonth());
        }
        run(model, Phase.BUDGETS);
        for (Lab lab : model.labs()) {
            int l = lab.getIndex();
            LabFinance f = lab.finance();
            AllocationShares a = lab.getAllocation();
            // month 0 has no queries yet: the fallback is the lab's opening share of all people at mean usage, k = 1
            double forecast = s.labs().get(l).initialUserShare() * pop.represents() * meanQueries
                    * lab.deployed().shape().flopPerQuery(s.serving().tokensPerQuery(), 1.0);
            double plan = s.capacity().initialHeadroom() * forecast;
            double reserved = s.capacity().reservedShare() * plan;
            double cost = reserved * (1 - s.capacity().reservedDiscount()) / fpd + (plan - reserved) / fpd;
            assertTrue(cost < a.inference() * budget[l], "the test world's labs can pay their plan");
            assertEquals(plan, lab.serving().getCapacityFlop(), TOLERANCE * plan);
            assertEquals(reserved, lab.serving().committedFlop(), TOLERANCE * plan, "half the plan is reserved");
            assertEquals(cost, f.getInferenceUsd(), TOLERANCE * cost);
            assertEquals(cost, lab.serving().getCapacitySpendUsd(), 0.0);
            // the unspent part of the inference share stays in cash
            assertEquals(cashBefore[l] - f.getFixedUsd() - (a.pre() + a.post() + a.ida()) * budget[l] - cost,
                    f.getCashUsd(), TOLERANCE * cashBefore[l]);
        }
    }

    @Test
    void servingPaysEachLabItsSubscribersPricesAndThrottlesWhenCapacityIsShort() {
        IndustryModel model = started("");
        run(model, Phase.TRENDS, Phase.BUDGETS, Phase.TRAINING, Phase.REGULATION, Phase.USER_CHOICE);
        Lab short1 = model.labs().get(0);
        Lab ample = model.labs().get(1);
        short1.serving().rent(1); // one FLOP: far below any demand
        ample.serving().rent(1e40);
        double cashBefore = cash(model);
        double revenueBefore = model.ledger().revenueUsd();
        run(model, Phase.SERVING);
        double revenue = 0;
        for (Lab lab : model.labs()) {
            double tiers = 0;
            for (int slot = 0; slot < lab.menu().size(); slot++) {
                int o = model.snapshot().firstOption(lab.getIndex()) + slot;
                double people = model.tally().optionUsers(o) * model.population().peoplePerAgent();
                assertEquals(people * model.snapshot().price(o), lab.tierStats().revenueUsd(slot), 1e-6 * (1 + people));
                tiers += lab.tierStats().revenueUsd(slot);
            }
            assertEquals(tiers, lab.finance().getRevenueUsd(), TOLERANCE * (1 + tiers));
            revenue += lab.finance().getRevenueUsd();
        }
        assertTrue(short1.serving().getDemandFlop() > 1e3, "lab a has demand");
        assertEquals(model.scenario().serving().minimumThrottle(), short1.serving().getThrottle(), 0.0,
                "1 FLOP of capacity: capacity / demand is far below the floor");
        assertEquals(1.0, ample.serving().getThrottle(), 0.0, "capacity above demand: no throttle");
        assertEquals(revenue, model.ledger().revenueUsd() - revenueBefore, TOLERANCE * revenue);
        assertEquals(cashBefore + revenue, cash(model), TOLERANCE * cashBefore, "revenue is the only flow");

        // a quarter of the demand: the throttle is exactly capacity / demand = 0.25
        short1.serving().rent(short1.serving().getDemandFlop() / 4);
        run(model, Phase.SERVING);
        assertEquals(0.25, short1.serving().getThrottle(), 0.0);
    }

    @Test
    void financeRaisesByCapabilityRankAndClosesTheMonth() {
        // raises every month, so both labs raise now: appetite * max(multiple * 12 * revenue, minimum) / rank
        IndustryModel model = started("\"finance\": { \"raiseIntervalMonths\": 1 }");
        run(model, Phase.TRENDS, Phase.BUDGETS, Phase.TRAINING, Phase.REGULATION, Phase.USER_CHOICE, Phase.SERVING);
        FinanceParams finance = model.scenario().finance();
        List<Lab> byCapability = new ArrayList<>(model.labs());
        byCapability.sort(Comparator.comparingDouble((Lab lab) -> -model.reasoning().topReasoningE(lab)));
        double[] cashBefore = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).toArray();
        double raisesBefore = model.ledger().raisesUsd();
        run(model, Phase.FINANCE);
        double raised = 0;
        for (int rank = 0; rank < byCapability.size(); rank++) {
            Lab lab = byCapability.get(rank);
            double revenue = lab.finance().getRevenueUsd();
            double expected = finance.investorAppetite()
                    * Math.max(finance.revenueMultiple() * 12 * revenue, finance.minimumRaiseUsd()) / (rank + 1);
            assertEquals(expected, lab.finance().getRaisedUsd(), TOLERANCE * expected, lab.getId() + ", rank " + (rank + 1));
            assertEquals(cashBefore[lab.getIndex()] + expected, lab.finance().getCashUsd(), TOLERANCE * cashBefore[lab.getIndex()]);
            assertEquals(revenue, lab.finance().getLastRevenueUsd(), 0.0, "this month's revenue is next budget's");
            raised += expected;
        }
        assertEquals(raised, model.ledger().raisesUsd() - raisesBefore, TOLERANCE * raised);
    }

    @Test
    void aLabWhoseCashStayedNegativeExitsInsteadOfReviewing() {
        IndustryModel model = started("\"finance\": { \"exitAfterNegativeMonths\": 1 }");
        run(model, Phase.TRENDS, Phase.BUDGETS, Phase.TRAINING, Phase.REGULATION, Phase.USER_CHOICE, Phase.SERVING);
        Lab broke = model.labs().get(1);
        broke.finance().payCompliance(broke.finance().getCashUsd() + 1e12);
        run(model, Phase.FINANCE);
        assertEquals(1, broke.finance().getNegativeCashMonths());
        assertTrue(broke.isActive(), "finance closes the books; exit is the review's");
        run(model, Phase.LAB_REVIEWS);
        assertFalse(broke.isActive());
        assertEquals(0, broke.getExitStep());
        assertEquals(0, broke.menu().size(), "an exited lab sells nothing");
        assertTrue(model.labs().get(0).isActive());
    }

    @Test
    void phasesRunInTheirDeclaredOrder() {
        assertEquals(List.of(Phase.TRENDS, Phase.BUDGETS, Phase.TRAINING, Phase.REGULATION, Phase.USER_CHOICE,
                Phase.API_MARKET, Phase.SERVING, Phase.FINANCE, Phase.LAB_REVIEWS, Phase.ENTRY, Phase.METRICS), List.of(Phase.values()));
        for (Phase phase : Phase.values()) {
            assertEquals(phase.ordinal(), phase.ordering());
        }
    }
}
