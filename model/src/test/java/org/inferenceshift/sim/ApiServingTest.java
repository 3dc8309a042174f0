package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.api.ApiMarket;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Both markets on one capacity (issue 18 item 5): the API price list is (1 + markup) times each lab's serving
 * cost per token, the serving phase adds API revenue to the lab's revenue and API FLOP to its demand and charges
 * the API its share of the capacity spend, and money stays conserved with API revenue included.
 */
class ApiServingTest {
    private static final double TOLERANCE = 1e-9;

    private static IndustryModel started(String extra) {
        IndustryModel model = new IndustryModel(TestScenarios.small(2_000, 24, extra));
        model.start();
        return model;
    }

    private static void run(IndustryModel model, Phase... phases) {
        for (Phase phase : phases) {
            phase.newStep().step(model);
        }
    }

    @Test
    void theApiPriceIsOnePlusTheMarkupTimesTwoNAtTheServingFlopPrice() {
        for (String pricing : new String[] {"FIXED", "COST_PLUS"}) {
            IndustryModel model = started("\"api\": { \"pricing\": \"" + pricing + "\", \"initialMarkup\": 0.6 }");
            run(model, Phase.TRENDS, Phase.BUDGETS, Phase.TRAINING, Phase.REGULATION, Phase.USER_CHOICE, Phase.API_MARKET);
            ApiMarket api = model.apiMarket();
            assertEquals(2, api.offers(), "both labs sell through their API");
            Scenario s = model.scenario();
            for (int j = 0; j < api.offers(); j++) {
                int l = api.prices().lab(j);
                // by hand: N = sqrt(C / (6 * 20)) of the opening model, 2N FLOP per token, month 0's FLOP price
                double flop = s.labs().get(l).initialModel().trainingFlop();
                double twoN = 2 * Math.sqrt(flop / (6 * 20));
                double perMillion = 1.6 * twoN * 1e6 / s.trends().flopPerDollar0();
                assertEquals(perMillion, api.prices().pricePerMillionTokens(j), perMillion * 1e-12, pricing);
                assertEquals(perMillion, api.pricePerMillionTokens(l), perMillion * 1e-12);
            }
        }
    }

    @Test
    void servingAddsApiRevenueAndDemandToEachLabAndChargesTheApiItsShareOfCapacity() {
        IndustryModel model = started("");
        run(model, Phase.TRENDS, Phase.BUDGETS, Phase.TRAINING, Phase.REGULATION, Phase.USER_CHOICE, Phase.API_MARKET);
        double revenueBefore = model.ledger().revenueUsd();
        run(model, Phase.SERVING);
        ApiMarket api = model.apiMarket();
        double revenue = 0;
        double apiRevenue = 0;
        for (Lab lab : model.labs()) {
            int l = lab.getIndex();
            double tiers = 0;
            double tierCost = 0;
            for (int slot = 0; slot < lab.menu().size(); slot++) {
                tiers += lab.tierStats().revenueUsd(slot);
            }
            assertTrue(api.revenueUsd(l) > 0, "lab " + lab.getId() + " sells API queries");
            assertEquals(api.revenueUsd(l), lab.finance().getApiRevenueUsd(), 0.0);
            assertEquals(tiers + api.revenueUsd(l), lab.finance().getRevenueUsd(), TOLERANCE * lab.finance().getRevenueUsd());
            assertTrue(lab.serving().getDemandFlop() > api.demandFlop(l), "subscribers' demand and the API's");
            assertTrue(lab.serving().getAnsweredQueries() > api.queries(l));
            // the API is charged as the tiers are: its FLOP at the serving price, times capacity spend / demand cost
            double fpd = model.servingFlopPerDollar();
            double scale = lab.serving().getCapacitySpendUsd() / (lab.serving().getDemandFlop() / fpd);
            assertEquals(api.demandFlop(l) / fpd * scale, api.servingCostUsd(l), TOLERANCE * api.servingCostUsd(l));
            assertEquals(api.tokens(l) * 2 * lab.deployed().shape().parameters(), api.demandFlop(l),
                    TOLERANCE * api.demandFlop(l));
            revenue += lab.finance().getRevenueUsd();
            apiRevenue += api.revenueUsd(l);
        }
        assertEquals(revenue, model.ledger().revenueUsd() - revenueBefore, TOLERANCE * revenue,
                "the ledger holds subscriptions and API revenue");
        assertTrue(apiRevenue > 0);
    }

    @Test
    void moneyIsConservedWithBothMarketsThroughRaisesExitsAndEntries() {
        IndustryModel model = new IndustryModel(TestScenarios.small(3_000, 60,
                "\"finance\": { \"raiseIntervalMonths\": 3, \"exitAfterNegativeMonths\": 2 },"
                        + " \"entry\": { \"entrantsPerYear\": 6 },"
                        + " \"labDefaults\": { \"fixedCostUsdPerMonth\": 9.0e7 }"));
        model.start();
        double initialCash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
        double apiRevenue = 0;
        while (model.schedule.step(model)) {
            double cash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
            assertEquals(model.ledger().expectedCashUsd(), cash,
                    1e-9 * Math.max(1, Math.abs(initialCash) + model.ledger().spendUsd()), "month " + model.month());
            apiRevenue += model.labs().stream().mapToDouble(lab -> lab.finance().getApiRevenueUsd()).sum();
        }
        assertTrue(apiRevenue > 0, "the scenario exercises the API market");
        assertTrue(model.labs().stream().anyMatch(lab -> !lab.isActive()), "the scenario exercises exits");
        assertTrue(model.labs().size() > 2, "the scenario exercises entry");
    }

    @Test
    void everyMonthTheLabsApiSharesSumToOneAndBoughtPlusNotBoughtIsTheMonthsVolume() {
        IndustryModel model = started("\"entry\": { \"entrantsPerYear\": 6 }");
        ApiMarket api = model.apiMarket();
        double firstMonth = model.scenario().api().queriesPerMonth();
        while (model.schedule.step(model)) {
            double revenue = 0;
            double bought = 0;
            for (Lab lab : model.labs()) {
                revenue += api.revenueUsd(lab.getIndex());
                bought += api.queries(lab.getIndex());
            }
            double shares = 0;
            for (Lab lab : model.labs()) {
                shares += api.revenueUsd(lab.getIndex()) / revenue;
            }
            assertEquals(1.0, shares, 1e-12, "month " + model.month());
            double volume = firstMonth * api.volumeFactor(model.month() - 1);
            assertEquals(volume, bought + api.notBoughtQueries(), 1e-9 * volume, "month " + model.month());
        }
        assertTrue(model.labs().size() > 2, "entrants join the API market");
    }

    @Test
    void withTheApiMarketOffNoLabEarnsApiRevenue() {
        IndustryModel model = started("\"api\": { \"enabled\": false }");
        assertNull(model.apiMarket());
        for (int month = 0; month < 6; month++) {
            model.schedule.step(model);
            for (Lab lab : model.labs()) {
                assertEquals(0.0, lab.finance().getApiRevenueUsd(), 0.0);
            }
        }
    }
}
