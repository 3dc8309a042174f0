package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.scenario.CapacityParams;
import org.junit.jupiter.api.Test;

/**
 * DEMAND_FORECAST against hand-computed values: the forecast (trend of queries times last month's demand,
 * the fallback without history), the order (reserved share at the discounted price, on demand for the
 * rest, within the ceiling), headroom learning, and the tier cost factor. FIXED_SHARE buys the ceiling.
 */
class DemandForecastCapacityTest {
    /** reserved share 0.5 at 40% off for 12 months; headroom 1.2 (max 3, step 0.1, idle below 0.7); trend over 3 months, at most 2x a month. */
    private static final CapacityParams CAPACITY = new CapacityParams(0.5, 0.4, 12, 1.2, 3.0, 0.1, 0.7, 3, 2.0);
    private static final double PEOPLE = 1e9;
    private static final double QUERIES_PER_PERSON = 500;
    private static final double TOKENS = 1000;

    private final StubMarket market = new StubMarket();
    private final StubMarket.Face self = market.addLab();
    private final StubMarket.Face rival = market.addLab();
    private final DemandForecastCapacity planner = new DemandForecastCapacity(
            new DemandForecastCapacity.Params(CAPACITY, PEOPLE, QUERIES_PER_PERSON, TOKENS));

    DemandForecastCapacityTest() {
        self.deployed = StubMarket.model(4);
        market.flopPerDollar = 1e18;
    }

    /** A month's serving as the review sees it: capacity, demand and answered queries. */
    private static LabServing month(double capacity, double demand, double queries) {
        LabServing s = new LabServing();
        s.rent(capacity, 0);
        s.settle(0, demand, queries);
        return s;
    }

    /** Reviews a month whose utilisation (0.8) neither raises nor lowers headroom. */
    private void observe(double queries, double flopPerQuery) {
        double demand = queries * flopPerQuery;
        planner.review(self, month(demand / 0.8, demand, queries), market);
    }

    @Test
    void forecastIsLastMonthsDemandTimesTheTrendOfQueries() {
        // queries grow 10% a month: 100, 110, 121, 133.1 at 1e15 FLOP each
        observe(100, 1e15);
        observe(110, 1e15);
        observe(121, 1e15);
        observe(133.1, 1e15);
        // trend over the last 3 months: (133.1 / 100)^(1/3) = 1.1, so 133.1e15 * 1.1 = 1.4641e17 FLOP
        assertEquals(1.4641e17, planner.forecastFlop(self, market), 1e17 * 1e-12);
        assertEquals(1.2, planner.headroom(), 0.0, "utilisation 0.8 changes no headroom");
        // a month with twice the FLOP per query (a bigger model) doubles the forecast: 146.41 * 2e15 * 1.1
        observe(146.41, 2e15);
        assertEquals(146.41 * 2e15 * 1.1, planner.forecastFlop(self, market), 1e17 * 1e-12);
    }

    @Test
    void trendUsesTheMonthsThereAreAndIsBounded() {
        observe(100, 1e15);
        assertEquals(1e17, planner.forecastFlop(self, market), 1e5, "one month: no trend");
        observe(1000, 1e15);
        // growth 10x in a month is cut to maxMonthlyGrowth 2: 1e18 * 2
        assertEquals(2e18, planner.forecastFlop(self, market), 1e6);
        observe(1, 1e15);
        // (1 / 100)^(1/2) = 0.1, cut to 1/2: 1e15 * 0.5
        assertEquals(5e14, planner.forecastFlop(self, market), 1e2);
    }

    @Test
    void withoutQueriesTheLabForecastsItsShareOfThePopulationAtMeanUsage() {
        market.userShares[0] = 0.01;
        market.userShares[1] = 0.03;
        double flopPerQuery = 2 * Math.sqrt(1e24 / (6 * 20)) * TOKENS; // 2 N tokens at k = 1, N = sqrt(C / 6r)
        assertEquals(0.01 * PEOPLE * QUERIES_PER_PERSON * flopPerQuery, planner.forecastFlop(self, market),
                1e-9 * planner.forecastFlop(self, market));
        // a lab with no people of its own takes the mean share of the active labs: (0 + 0.03) / 2
        market.userShares[0] = 0;
        assertEquals(0.015 * PEOPLE * QUERIES_PER_PERSON * flopPerQuery, planner.forecastFlop(self, market),
                1e-9 * planner.forecastFlop(self, market));
        rival.active = false;
        assertEquals(0, planner.forecastFlop(self, market), 0.0, "the only active lab has no share");
        // a month with no answered queries sends the lab back to the fallback
        rival.active = true;
        observe(0, 1e15);
        assertEquals(0.015 * PEOPLE * QUERIES_PER_PERSON * flopPerQuery, planner.forecastFlop(self, market),
                1e-9 * planner.forecastFlop(self, market));
    }

    @Test
    void theOrderReservesItsShareAtTheDiscountAndRentsTheRestOnDemand() {
        observe(1000, 1e15); // forecast 1e18 FLOP, plan 1.2e18
        LabServing serving = new LabServing();
        CapacityOrder order = planner.plan(self, serving, 1e9, market);
        assertEquals(0.6e18, order.reservedFlop(), 1e3, "half the plan reserved");
        assertEquals(0.6e18 * 0.6 / 1e18, order.reservedUsdPerMonth(), 1e-12, "at 60% of the on-demand price");
        assertEquals(12, order.reservedMonths());
        assertEquals(0.6e18, order.onDemandFlop(), 1e3);
        assertEquals(0.6, order.onDemandUsd(), 1e-12);
        // next month the commitment covers the reserved share: no new reservation, on demand for the rest
        serving.commit(order.reservedFlop(), order.reservedUsdPerMonth(), order.reservedMonths());
        serving.startMonth();
        CapacityOrder next = planner.plan(self, serving, 1e9, market);
        assertEquals(0, next.reservedFlop(), 0.0);
        assertEquals(0.6e18, next.onDemandFlop(), 1e3);
    }

    @Test
    void theCeilingLimitsNewCapacityButNotCommitmentsAlreadySigned() {
        observe(1000, 1e15); // plan 1.2e18 FLOP
        LabServing serving = new LabServing();
        serving.commit(0.2e18, 0.5, 12); // an earlier, dearer commitment: 0.5 USD a month
        // ceiling 0.8 USD: 0.3 left after the commitment; the reserve gap 0.4e18 would cost 0.24, then 0.06 on demand
        CapacityOrder order = planner.plan(self, serving, 0.8, market);
        assertEquals(0.4e18, order.reservedFlop(), 1e3);
        assertEquals(0.24, order.reservedUsdPerMonth(), 1e-12);
        assertEquals(0.06, order.onDemandUsd(), 1e-12);
        assertEquals(0.06e18, order.onDemandFlop(), 1e3);
        // a ceiling below the commitment buys nothing new; the commitment is still paid (by the budget phase)
        CapacityOrder broke = planner.plan(self, serving, 0.1, market);
        assertEquals(0, broke.reservedFlop() + broke.onDemandFlop(), 0.0);
    }

    @Test
    void headroomRisesAfterAThrottledMonthAndFallsAfterAnIdleOne() {
        observe(1000, 1e15);
        planner.plan(self, new LabServing(), 1e9, market); // plan 1.2e18, met
        planner.review(self, month(1.2e18, 1.5e18, 1500), market); // throttled
        assertEquals(1.2 * 1.1, planner.headroom(), 1e-12, "throttled: headroom up");
        planner.plan(self, new LabServing(), 1e9, market);
        double plan = 1.32 * 1.5e18 * 1.5; // headroom x last demand x trend (1500/1000)
        planner.review(self, month(plan, 0.5 * plan, 1000), market); // utilisation 0.5
        assertEquals(1.2, planner.headroom(), 1e-12, "idle: headroom down");
        // throttled because the ceiling cut the plan: the forecast was not at fault
        planner.plan(self, new LabServing(), 1e-3, market);
        planner.review(self, month(1e15, 1e18, 1000), market);
        assertEquals(1.2, planner.headroom(), 1e-12, "a plan cut by the budget teaches nothing");
    }

    @Test
    void headroomStaysWithinOneAndItsMaximum() {
        for (int m = 0; m < 50; m++) {
            planner.plan(self, new LabServing(), 1e30, market);
            planner.review(self, month(1e18, 0, 0), market); // all idle
        }
        assertEquals(1.0, planner.headroom(), 0.0);
        market.userShares[0] = 0.01; // the fallback gives a first plan above zero
        for (int m = 0; m < 50; m++) {
            CapacityOrder order = planner.plan(self, new LabServing(), 1e30, market);
            double capacity = order.reservedFlop() + order.onDemandFlop(); // the plan, met
            planner.review(self, month(capacity, 1.5 * capacity, 1000), market); // throttled
        }
        assertEquals(3.0, planner.headroom(), 0.0);
    }

    @Test
    void tiersAreChargedTheWholeCapacitySpendInProportionToTheirCompute() {
        LabServing serving = new LabServing();
        serving.rent(8e18, 10); // 10 USD for 8e18 FLOP, of which 4e18 asked for
        serving.settle(0, 4e18, 1);
        double scale = planner.tierCostScale(serving, 1e18);
        // tiers' costs at the on-demand price sum to 4 USD; scaled they sum to the 10 USD spent
        assertEquals(2.5, scale, 1e-15);
        assertEquals(1.0, new FixedShareCapacity().tierCostScale(serving, 1e18), 0.0);
        // and the split into served and idle spend: half the capacity served
        assertEquals(5, serving.getServedSpendUsd(), 1e-12);
        assertEquals(5, serving.getIdleSpendUsd(), 1e-12);
    }

    @Test
    void fixedShareRentsTheWholeCeilingOnDemand() {
        CapacityOrder order = new FixedShareCapacity().plan(self, new LabServing(), 3e8, market);
        assertEquals(3e8 * 1e18, order.onDemandFlop(), 0.0);
        assertEquals(3e8, order.onDemandUsd(), 0.0);
        assertEquals(0, order.reservedFlop(), 0.0);
    }

    @Test
    void aReservedCommitmentIsPaidEveryMonthOfItsTermUsedOrNot() {
        LabServing serving = new LabServing();
        serving.commit(1e20, 5e6, 3); // month 0
        double paid = 0;
        for (int m = 0; m < 6; m++) {
            if (m > 0) {
                serving.startMonth();
            }
            paid += serving.committedUsd();
            assertEquals(m < 3 ? 1e20 : 0, serving.committedFlop(), 0.0, "month " + m);
        }
        assertEquals(3 * 5e6, paid, 0.0, "three months paid, no more");
        assertTrue(Double.isFinite(planner.headroom()));
    }
}
