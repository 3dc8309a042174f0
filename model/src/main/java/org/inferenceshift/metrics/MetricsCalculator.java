package org.inferenceshift.metrics;

import java.util.List;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.sim.IndustryModel;

/** Computes one month's metrics row from the model's state after settlement. */
final class MetricsCalculator {
    private MetricsCalculator() {
    }

    static double[] compute(IndustryModel model) {
        double[] row = new double[Metric.values().length];
        List<Lab> labs = model.labs();
        MarketSnapshot m = model.snapshot();
        MarketTally t = model.tally();
        double people = model.population().peoplePerAgent();

        double[] revenue = new double[labs.size()];
        double[] subscribers = new double[labs.size()];
        double pre = 0;
        double post = 0;
        double inference = 0;
        double ida = 0;
        int active = 0;
        int tiers = 0;
        double minPaid = Double.POSITIVE_INFINITY;
        double maxPaid = 0;
        double kMax = 1;
        double maxTopE = Double.NEGATIVE_INFINITY;
        double maxInternalE = Double.NEGATIVE_INFINITY;
        double maxBaseE = Double.NEGATIVE_INFINITY;
        double throttleWeighted = 0;
        for (Lab lab : labs) {
            int l = lab.getIndex();
            revenue[l] = lab.getRevenueUsd();
            subscribers[l] = lab.getSubscribers();
            pre += lab.getPreTrainingUsd();
            post += lab.getPostTrainingUsd();
            inference += lab.getInferenceUsd();
            ida += lab.getIdaUsd();
            throttleWeighted += lab.getSubscribers() * lab.getThrottle();
            if (!lab.isActive()) {
                continue;
            }
            active++;
            tiers += lab.menu().size();
            for (Tier tier : lab.menu().tiers()) {
                kMax = Math.max(kMax, tier.inferenceMultiplier());
                if (!tier.isFree()) {
                    minPaid = Math.min(minPaid, tier.priceUsdPerMonth());
                    maxPaid = Math.max(maxPaid, tier.priceUsdPerMonth());
                }
            }
            if (lab.deployed() != null) {
                maxTopE = Math.max(maxTopE, model.topReasoningE(lab));
                maxInternalE = Math.max(maxInternalE, model.topInternalReasoningE(lab));
                maxBaseE = Math.max(maxBaseE, lab.getDeployedBaseE());
            }
        }
        double totalRevenue = sum(revenue);
        double totalSubscribers = sum(subscribers);
        double computeSpend = pre + post + inference + ida;

        row[Metric.HHI_REVENUE.ordinal()] = Concentration.hhi(revenue);
        row[Metric.HHI_USERS.ordinal()] = Concentration.hhi(subscribers);
        row[Metric.CR1.ordinal()] = Concentration.concentrationRatio(revenue, 1);
        row[Metric.CR4.ordinal()] = Concentration.concentrationRatio(revenue, 4);
        row[Metric.ACTIVE_LABS.ordinal()] = active;

        double agents = t.totalUsers(m.optionCount());
        row[Metric.GINI_ACCESS.ordinal()] = Inequality.giniOfUnitHistogram(t.successHistogram());
        row[Metric.DECILE_GAP_E.ordinal()] = t.decileMeanE(MarketTally.DECILES - 1) - t.decileMeanE(0);
        row[Metric.NO_PAID_ACCESS_SHARE.ordinal()] = agents > 0 ? 1 - t.paidCount() / agents : 1;
        row[Metric.SUBSCRIBER_E_SD.ordinal()] = t.paidSdE();
        row[Metric.MEAN_SUCCESS.ordinal()] = agents > 0 ? t.successSum() / agents : 0;

        row[Metric.TIERS_OFFERED.ordinal()] = tiers;
        row[Metric.TIER_PRICE_RATIO.ordinal()] = maxPaid > 0 ? maxPaid / minPaid : Double.NaN;
        row[Metric.K_MAX.ordinal()] = kMax;
        double highK = 0;
        double paidAgents = 0;
        for (int o = 0; o < m.optionCount(); o++) {
            if (m.price(o) > 0) {
                paidAgents += t.optionUsers(o);
                if (m.multiplier(o) > 1) {
                    highK += t.optionUsers(o);
                }
            }
        }
        row[Metric.HIGH_K_SUBSCRIBER_SHARE.ordinal()] = paidAgents > 0 ? highK / paidAgents : 0;
        double paidPeople = t.paidCount() * people;
        row[Metric.MEAN_PRICE_PAID.ordinal()] = paidPeople > 0 ? totalRevenue / paidPeople : 0;
        row[Metric.REVENUE_TOTAL.ordinal()] = totalRevenue;

        row[Metric.SPEND_SHARE_PRETRAINING.ordinal()] = share(pre, computeSpend);
        row[Metric.SPEND_SHARE_POSTTRAINING.ordinal()] = share(post, computeSpend);
        row[Metric.SPEND_SHARE_INFERENCE.ordinal()] = share(inference, computeSpend);
        row[Metric.SPEND_SHARE_IDA.ordinal()] = share(ida, computeSpend);
        row[Metric.MEAN_THROTTLE.ordinal()] = totalSubscribers > 0 ? throttleWeighted / totalSubscribers : 1;

        row[Metric.MAX_DEPLOYED_E.ordinal()] = finiteOrNaN(maxTopE);
        row[Metric.MAX_INTERNAL_E.ordinal()] = finiteOrNaN(maxInternalE);
        row[Metric.MAX_DEPLOYED_BASE_E.ordinal()] = finiteOrNaN(maxBaseE);
        row[Metric.OUTSIDE_OPTION_E.ordinal()] = m.outsideEReasoning();
        return row;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    private static double finiteOrNaN(double v) {
        return Double.isInfinite(v) ? Double.NaN : v;
    }
}
