package org.inferenceshift.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.regulation.Regulator;
import org.inferenceshift.regulation.RegulatorMonth;

/** The month's {@link RegulatorRow} of each regulator, from the same facts as the summed regulation metrics. */
final class RegulatorRows {
    private RegulatorRows() {
    }

    static List<RegulatorRow> of(MeasuredIndustry industry, MonthFacts f) {
        List<RegulatorRow> rows = new ArrayList<>(industry.regulators().size());
        int labCount = industry.labs().size();
        for (Regulator regulator : industry.regulators()) {
            boolean[] coversLab = new boolean[labCount];
            Set<String> coveredIds = new HashSet<>();
            for (Lab lab : industry.labs()) {
                if (lab.standing().isCoveredBy(regulator.index())) {
                    coversLab[lab.getIndex()] = true;
                    coveredIds.add(lab.getId());
                }
            }
            RegulatorMonth record = regulator.month();
            double seen = regulator.view().bestVisibleE();
            double gap = RegulationFacts.frontierGapE(1, f.maxInternalBaseE(), seen);
            rows.add(new RegulatorRow(f.month(), regulator.index(), regulator.spec().id(),
                    regulator.spec().policy().name(), record.covered(), record.evaluationsStarted(),
                    record.evaluationsRunning(), record.covered() + record.evaluationsRunning(),
                    coveredShare(f.snapshot(), f.tally(), f.dangerE(), regulator.region(), coversLab),
                    missedShare(f.snapshot(), f.tally(), f.dangerE(), regulator.region(), coversLab),
                    falsePositives(f.deployments(), coveredIds, f.dangerE()), record.complianceUsd(),
                    record.latencyMonthsSum(), record.latencyCount(), seen, gap));
        }
        return rows;
    }

    /** Of all queries at E &gt;= dangerE, the share from {@code region}'s users served by labs it covers. */
    static double coveredShare(MarketSnapshot m, MarketTally t, double dangerE, int region, boolean[] coversLab) {
        double high = 0;
        double covered = 0;
        for (int o = 0; o < m.optionCount(); o++) {
            if (m.eReasoning(o) < dangerE) {
                continue;
            }
            for (int r = 0; r < m.regionCount(); r++) {
                double queries = t.optionRegionQueries(r, o, m.optionCount());
                high += queries;
                if (r == region && coversLab[m.optionLab(o)]) {
                    covered += queries;
                }
            }
        }
        return high > 0 ? covered / high : Double.NaN;
    }

    /** Of all queries, the share from {@code region}'s users served at E &gt;= dangerE by labs it does not cover. */
    static double missedShare(MarketSnapshot m, MarketTally t, double dangerE, int region, boolean[] coversLab) {
        double all = 0;
        double missed = 0;
        for (int o = 0; o < m.optionCount(); o++) {
            for (int r = 0; r < m.regionCount(); r++) {
                double queries = t.optionRegionQueries(r, o, m.optionCount());
                all += queries;
                if (r == region && m.eReasoning(o) >= dangerE && !coversLab[m.optionLab(o)]) {
                    missed += queries;
                }
            }
        }
        return all > 0 ? missed / all : Double.NaN;
    }

    private static int falsePositives(List<DeployedModel> deployments, Set<String> coveredLabIds, double dangerE) {
        int count = 0;
        for (DeployedModel d : deployments) {
            if (coveredLabIds.contains(d.model().labId()) && d.topE() < dangerE) {
                count++;
            }
        }
        return count;
    }
}
