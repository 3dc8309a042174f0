package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.CapacityParams;

/**
 * DEMAND_FORECAST (issue 16 item 1): each month the lab holds capacity for the demand it forecasts times a
 * headroom it learns, within what it is willing to pay.
 * <ul>
 *   <li>Forecast: last month's demand (answered queries times their FLOP per query) times the trend of
 *       its answered queries, the geometric mean monthly growth over the last trendMonths months (over the
 *       months it has, if fewer; from the oldest month in the window with queries), kept within
 *       [1/maxMonthlyGrowth, maxMonthlyGrowth]. With no queries last month (a new lab, or one that lost all
 *       its users) it forecasts from a fallback: its share of all people last month (or, with none, the
 *       mean share of the active labs) of the population, at the population's mean usage, at k = 1 of its
 *       deployed model; with the API market on, plus an equal share (over the active labs) of the API
 *       market's queries, also at k = 1.</li>
 *   <li>Plan: headroom times the forecast. reservedShare of the plan is held as reserved capacity: when the
 *       reservations in force fall short of it the lab signs a new commitment for the gap, at the on-demand
 *       price times (1 - reservedDiscount), paid every month of commitmentMonths. The rest of the plan is
 *       rented on demand at the month's price. Commitments already signed are paid; new ones and on-demand
 *       rent only from what is left of the ceiling (new reservations first: they are cheaper).</li>
 *   <li>Headroom learning: after a throttled month (demand above capacity) in which the plan was not cut
 *       by the ceiling, headroom times (1 + headroomStep), at most maxHeadroom; after a month whose
 *       utilisation (served / capacity) fell below idleUtilisation, headroom divided by (1 + headroomStep),
 *       never below 1 (below the forecast is planning to throttle).</li>
 * </ul>
 * Tiers are charged the lab's whole capacity spend, idle capacity included, in proportion to the compute
 * their queries asked for (the factor {@link #tierCostScale}).
 */
public final class DemandForecastCapacity implements CapacityPlanning {
    private static final long serialVersionUID = 1L;
    /** A plan counts as met when capacity reaches it to this relative precision (rounding in the order). */
    private static final double PLAN_MET_TOLERANCE = 1e-9;

    /**
     * The capacity section of the scenario, plus the fallback forecast's figures: people the population
     * stands for, their mean queries per month, and the tokens of a query at k = 1.
     */
    public record Params(CapacityParams capacity, double people, double meanQueriesPerPerson,
                         double tokensPerQuery) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Params params;
    private final double[] queryHistory;
    private int observed;
    private double lastDemandFlop;
    private double headroom;
    private double plannedFlop;

    public DemandForecastCapacity(Params params) {
        this.params = params;
        this.queryHistory = new double[params.capacity().trendMonths() + 1];
        this.headroom = params.capacity().initialHeadroom();
    }

    public double headroom() {
        return headroom;
    }

    @Override
    public CapacityOrder plan(LabView self, ServingOutcome serving, double ceilingUsd, MarketView market) {
        CapacityParams c = params.capacity();
        // capacity is bought at the serving FLOP price (hardware FLOP/$ times serving efficiency, MODEL.md §7.1)
        double flopPerDollar = market.flopPerDollar() * market.servingEfficiency();
        double target = headroom * forecastFlop(self, market);
        plannedFlop = target;
        double committed = serving.committedFlop();
        double room = Math.max(0, ceilingUsd - serving.committedUsd());
        double reservedUsdPerFlop = (1 - c.reservedDiscount()) / flopPerDollar;
        double reserve = Math.max(0, c.reservedShare() * target - committed);
        double reserveUsd = Math.min(reserve * reservedUsdPerFlop, room);
        reserve = reserveUsd / reservedUsdPerFlop;
        room -= reserveUsd;
        double onDemandUsd = Math.min(Math.max(0, target - committed - reserve) / flopPerDollar, room);
        return new CapacityOrder(reserve, reserveUsd, c.commitmentMonths(), onDemandUsd * flopPerDollar, onDemandUsd);
    }

    /** The FLOP this month's queries will ask for, as the lab forecasts it (before headroom). */
    public double forecastFlop(LabView self, MarketView market) {
        if (observed == 0 || newest() <= 0) {
            return fallbackFlop(self, market);
        }
        return lastDemandFlop * trend();
    }

    /** Geometric mean monthly growth of answered queries over the window, within the growth bound. */
    double trend() {
        int months = Math.min(observed, queryHistory.length);
        double newest = newest();
        for (int back = months - 1; back >= 1; back--) {
            double oldest = queryHistory[(observed - 1 - back) % queryHistory.length];
            if (oldest > 0) {
                double growth = Math.pow(newest / oldest, 1.0 / back);
                double max = params.capacity().maxMonthlyGrowth();
                return Math.max(1 / max, Math.min(max, growth));
            }
        }
        return 1;
    }

    private double newest() {
        return queryHistory[(observed - 1) % queryHistory.length];
    }

    private double fallbackFlop(LabView self, MarketView market) {
        if (self.deployed() == null) {
            return 0;
        }
        double share = market.userShare(self.getIndex());
        int active = 0;
        double sum = 0;
        for (LabView lab : market.labs()) {
            if (lab.isActive()) {
                sum += market.userShare(lab.getIndex());
                active++;
            }
        }
        if (share <= 0) {
            share = active > 0 ? sum / active : 0;
        }
        double queries = share * params.people() * params.meanQueriesPerPerson();
        double api = market.apiQueriesPerMonth();
        if (api > 0 && active > 0) {
            queries += api / active;
        }
        return queries * self.deployed().shape().flopPerQuery(params.tokensPerQuery(), 1.0);
    }

    @Override
    public void review(LabView self, ServingOutcome serving, MarketView market) {
        queryHistory[observed % queryHistory.length] = serving.getAnsweredQueries();
        observed++;
        lastDemandFlop = serving.getDemandFlop();
        CapacityParams c = params.capacity();
        double capacity = serving.getCapacityFlop();
        double demand = serving.getDemandFlop();
        if (demand > capacity) {
            boolean planMet = capacity >= plannedFlop * (1 - PLAN_MET_TOLERANCE);
            if (planMet) {
                headroom = Math.min(c.maxHeadroom(), headroom * (1 + c.headroomStep()));
            }
        } else if (capacity > 0 && demand / capacity < c.idleUtilisation()) {
            headroom = Math.max(1, headroom / (1 + c.headroomStep()));
        }
    }

    @Override
    public double tierCostScale(ServingOutcome serving, double flopPerDollar) {
        double demandUsd = serving.getDemandFlop() / flopPerDollar;
        return demandUsd > 0 ? serving.getCapacitySpendUsd() / demandUsd : 1.0;
    }
}
