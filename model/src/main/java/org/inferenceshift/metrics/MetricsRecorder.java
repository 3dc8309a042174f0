package org.inferenceshift.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;

/**
 * Keeps one metrics row per month (indexed by {@link Metric} ordinal) and one {@link LabMonth} per lab per
 * month. Rows are small (a few dozen doubles), so a whole run stays in memory even at 10M users.
 */
public final class MetricsRecorder implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<double[]> rows = new ArrayList<>();
    private final List<LabMonth> labMonths = new ArrayList<>();

    public MetricsRecorder(Scenario scenario) {
        // rows grow month by month; nothing to size from the scenario beyond the capacity hint
        ((ArrayList<double[]>) rows).ensureCapacity(scenario.horizonMonths());
    }

    public void record(IndustryModel model) {
        for (Lab lab : model.labs()) {
            labMonths.add(labMonth(model, lab));
        }
        rows.add(MetricsCalculator.compute(model, labMonths));
    }

    public List<double[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    public List<LabMonth> labMonths() {
        return Collections.unmodifiableList(labMonths);
    }

    /** The latest value of a metric (NaN before the first month). */
    public double latest(Metric metric) {
        return rows.isEmpty() ? Double.NaN : rows.get(rows.size() - 1)[metric.ordinal()];
    }

    public double[] series(Metric metric) {
        double[] out = new double[rows.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = rows.get(t)[metric.ordinal()];
        }
        return out;
    }

    private static LabMonth labMonth(IndustryModel model, Lab lab) {
        double minPaid = Double.NaN;
        double maxPaid = Double.NaN;
        for (Tier tier : lab.menu().tiers()) {
            if (!tier.isFree()) {
                minPaid = Double.isNaN(minPaid) ? tier.priceUsdPerMonth() : Math.min(minPaid, tier.priceUsdPerMonth());
                maxPaid = Double.isNaN(maxPaid) ? tier.priceUsdPerMonth() : Math.max(maxPaid, tier.priceUsdPerMonth());
            }
        }
        boolean deployed = lab.deployed() != null;
        return new LabMonth(model.month(), lab.getId(), lab.isActive(), lab.isOpenWeights(), lab.finance().getCashUsd(),
                lab.getRevenueUsd(), lab.getSpendUsd(), lab.finance().getRaisedUsd(), lab.serving().getSubscribers(),
                model.userShare(lab.getIndex()), lab.getAllocation().pre(), lab.getAllocation().post(),
                lab.getAllocation().inference(), lab.getAllocation().ida(), lab.serving().getCapacityFlop(),
                lab.serving().getDemandFlop(), lab.serving().getThrottle(), lab.getDeployedBaseE(),
                deployed ? model.reasoning().topReasoningE(lab) : Double.NaN,
                deployed ? lab.deployed().shape().parameters() : Double.NaN,
                lab.menu().size(), minPaid, maxPaid, lab.menu().maxMultiplier());
    }
}
