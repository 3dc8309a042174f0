package org.inferenceshift.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inferenceshift.labs.Lab;
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
            int region = regulator.region();
            // this regulator's share of the market-wide figures: only its own region's users count, so for the
            // covered share other regions cover nothing and for the missed share they miss nothing
            CoversLabInRegion coveredHere = (lab, r) -> r == region && coversLab[lab];
            CoversLabInRegion missedOnlyHere = (lab, r) -> r != region || coversLab[lab];
            RegulatorMonth record = regulator.month();
            double seen = regulator.view().bestVisibleE();
            double gap = RegulationFacts.frontierGapE(1, f.maxInternalBaseE(), seen);
            rows.add(new RegulatorRow(f.month(), regulator.index(), regulator.spec().id(),
                    regulator.spec().policy().name(), record.covered(), record.evaluationsStarted(),
                    record.evaluationsRunning(), record.covered() + record.evaluationsRunning(),
                    RegulationFacts.coveredHighCapabilityUsageShare(f.snapshot(), f.tally(), f.dangerE(), coveredHere),
                    RegulationFacts.falseNegativeUsageShare(f.snapshot(), f.tally(), f.dangerE(), missedOnlyHere),
                    RegulationFacts.falsePositiveModels(f.deployments(), f.dangerE(),
                            d -> coveredIds.contains(d.model().labId())),
                    record.complianceUsd(),
                    record.latencyMonthsSum(), record.latencyCount(), seen, gap));
        }
        return rows;
    }
}
