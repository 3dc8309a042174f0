package org.inferenceshift.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.inferenceshift.validation.StylizedFact;
import org.junit.jupiter.api.Test;

/** The distance against values worked out by hand from its formula (FitDistance's Javadoc). */
class FitDistanceTest {
    private static final double EPS = 1e-12;
    /** paying_share: band 0.015 – 0.06, a factor 4 wide, so one band width on the log scale is ln 4. */
    private static final TargetBand PAYING = TargetBand.of(StylizedFact.PAYING_SHARE);
    /** leader_share_change: band -0.25 – -0.01, signed, so linear with width 0.24. */
    private static final TargetBand LEADER = TargetBand.of(StylizedFact.LEADER_SHARE_CHANGE);

    @Test
    void insideTheBandEndsIncludedIsZero() {
        assertEquals(0, FitDistance.of(PAYING, 0.03), EPS);
        assertEquals(0, FitDistance.of(PAYING, 0.015), EPS);
        assertEquals(0, FitDistance.of(PAYING, 0.06), EPS);
        assertEquals(0, FitDistance.of(LEADER, -0.1), EPS);
    }

    @Test
    void positiveBandsCountMissesInLogBandWidths() {
        // 0.12 is twice the top: ln 2 / ln 4 = 0.5; 0.0075 is half the bottom: the same
        assertEquals(0.5, FitDistance.of(PAYING, 0.12), EPS);
        assertEquals(0.5, FitDistance.of(PAYING, 0.0075), EPS);
        // 0.96 is 16 times the top: ln 16 / ln 4 = 2
        assertEquals(2, FitDistance.of(PAYING, 0.96), EPS);
    }

    @Test
    void signedBandsCountMissesInLinearBandWidths() {
        assertEquals((0.11 + 0.01) / 0.24, FitDistance.of(LEADER, 0.11), EPS);
        assertEquals(1, FitDistance.of(LEADER, -0.49), EPS);
    }

    @Test
    void undefinedValuesCostTenBandWidths() {
        assertEquals(FitDistance.UNDEFINED, FitDistance.of(PAYING, Double.NaN), EPS);
        assertEquals(FitDistance.UNDEFINED, FitDistance.of(PAYING, 0), EPS);
        assertEquals(FitDistance.UNDEFINED, FitDistance.of(LEADER, Double.POSITIVE_INFINITY), EPS);
    }

    @Test
    void theDistanceIsTheMeanOverTargets() {
        double d = FitDistance.of(List.of(PAYING, LEADER), Map.of("paying_share", 0.12, "leader_share_change", -0.49));
        assertEquals((0.5 + 1) / 2, d, EPS);
        // a target the model did not report is undefined
        assertEquals((0.5 + FitDistance.UNDEFINED) / 2, FitDistance.of(List.of(PAYING, LEADER), Map.of("paying_share", 0.12)), EPS);
    }
}
