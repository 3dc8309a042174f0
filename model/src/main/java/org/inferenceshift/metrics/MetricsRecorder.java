package org.inferenceshift.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.observe.MonthObserver;
import org.inferenceshift.scenario.Scenario;

/**
 * Keeps one {@link MetricRow} per month, one {@link LabMonth} per lab per month and one {@link RegulatorRow}
 * per regulator per month. A run attaches it to
 * the simulation as an observer of the month, so it records every month from the one after it is
 * attached. Rows are small (a few dozen doubles), so a whole run stays in memory even at 10M users.
 */
public final class MetricsRecorder implements MonthObserver<MeasuredIndustry> {
    private static final long serialVersionUID = 1L;

    /** The run's scenario: the metric definitions' numbers are read from it. */
    private final Scenario scenario;
    private final ArrayList<MetricRow> rows;
    private final List<LabMonth> labMonths = new ArrayList<>();
    private final List<RegulatorRow> regulatorRows = new ArrayList<>();

    public MetricsRecorder(Scenario scenario) {
        this.scenario = scenario;
        this.rows = new ArrayList<>(scenario.horizonMonths());
    }

    @Override
    public void monthEnded(MeasuredIndustry industry) {
        for (Lab lab : industry.labs()) {
            labMonths.add(labMonth(industry, lab));
        }
        MonthFacts facts = MonthFacts.of(industry, scenario, labMonths, rows.isEmpty() ? null : rows.get(0),
                rows.isEmpty() ? null : rows.get(rows.size() - 1));
        rows.add(MetricsCalculator.compute(facts));
        regulatorRows.addAll(RegulatorRows.of(industry, facts));
    }

    public List<MetricRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    public List<LabMonth> labMonths() {
        return Collections.unmodifiableList(labMonths);
    }

    /** One row per regulator per month, in month then regulator order. */
    public List<RegulatorRow> regulatorRows() {
        return Collections.unmodifiableList(regulatorRows);
    }

    private static LabMonth labMonth(MeasuredIndustry industry, Lab lab) {
        double minPaid = Double.NaN;
        double maxPaid = Double.NaN;
        for (Tier tier : lab.menu().tiers()) {
            if (!tier.isFree()) {
                minPaid = Double.isNaN(minPaid) ? tier.priceUsdPerMonth() : Math.min(minPaid, tier.priceUsdPerMonth());
                maxPaid = Double.isNaN(maxPaid) ? tier.priceUsdPerMonth() : Math.max(maxPaid, tier.priceUsdPerMonth());
            }
        }
        boolean deployed = lab.deployed() != null;
        return new LabMonth(industry.month(), lab.getId(), lab.isActive(), lab.isOpenWeights(), lab.finance().getCashUsd(),
                lab.getRevenueUsd(), lab.getSpendUsd(), lab.finance().getRaisedUsd(), lab.serving().getSubscribers(),
                industry.userShare(lab.getIndex()), lab.getAllocation().pre(), lab.getAllocation().post(),
                lab.getAllocation().inference(), lab.getAllocation().ida(), lab.serving().getCapacityFlop(),
                lab.serving().getDemandFlop(), lab.serving().getThrottle(),
                lab.serving().getServedSpendUsd(), lab.serving().getIdleSpendUsd(), lab.getDeployedBaseE(),
                deployed ? industry.topReasoningE(lab) : Double.NaN,
                deployed ? lab.deployed().shape().parameters() : Double.NaN,
                lab.menu().size(), minPaid, maxPaid, lab.menu().maxMultiplier(), lab.ida().getInternalE(),
                lab.ida().getDeployedE(), lab.ida().getIterations(), lab.getAllocation().synthetic(),
                industry.dataWallFlop(lab), lab.synthetic().getVerifiedTokens());
    }
}
