package org.inferenceshift.regulation;

import java.util.OptionalDouble;

/**
 * Policy kind SITE_MONITORING (compute governance through data centres: the 2023 US Executive Order asked
 * for reports on clusters above 1e20 FLOP/s in one data centre; [R] on monitoring that sees less when
 * compute is spread out): the regulator sees only training at sites of at least
 * {@code monitoringSiteFlopPerMonth} and covers models trained there with at least {@code thresholdFlop}.
 * A run split across smaller sites is invisible, and so is inference, which is spread across sites anyway.
 */
public record SiteMonitoring(double thresholdFlop, double monitoringSiteFlopPerMonth) implements RegulatoryPolicy {
    @Override
    public boolean covers(CoverageFacts facts) {
        return sees(facts.siteFlopPerMonth()) && facts.trainingFlop() >= thresholdFlop;
    }

    /** Whether a run whose largest site trains {@code siteFlopPerMonth} a month is visible. */
    public boolean sees(double siteFlopPerMonth) {
        return siteFlopPerMonth >= monitoringSiteFlopPerMonth;
    }

    @Override
    public OptionalDouble trainingThreshold(double postTrainingFlop) {
        return OptionalDouble.of(thresholdFlop);
    }

    @Override
    public OptionalDouble monitoredSiteFlopPerMonth() {
        return OptionalDouble.of(monitoringSiteFlopPerMonth);
    }

    @Override
    public OptionalDouble trainingThreshold(double postTrainingFlop, double siteFlopPerMonth) {
        return sees(siteFlopPerMonth) ? OptionalDouble.of(thresholdFlop) : OptionalDouble.empty();
    }
}
