package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimePathTest {
    private static final double NaN = Double.NaN;

    /** Baseline runs around 10 every month; the treatment's monthly means are 10 + 1, + 1, - 1, + 0. */
    private static final List<double[]> BASELINE = List.of(new double[] {9, 9, 9, 9}, new double[] {10, 10, 10, 10},
            new double[] {11, 11, 11, 11});
    private static final List<double[]> TREATMENT = List.of(new double[] {10, 10, 8, 9}, new double[] {11, 11, 9, 10},
            new double[] {12, 12, 10, 11});

    @Test
    void eachMonthHasTheWelchIntervalOfThatMonthsRuns() {
        TimePath path = TimePath.of(BASELINE, TREATMENT, Direction.INCREASE, 0.95);
        assertEquals(4, path.months().size());
        EffectInterval third = WelchInterval.of(new double[] {9, 10, 11}, new double[] {8, 9, 10}, 0.95);
        assertEquals(third, path.months().get(2));
        assertEquals(1, path.months().get(0).estimate(), 1e-12);
        assertEquals(0, path.months().get(3).estimate(), 1e-12);
    }

    /** Expected sign in months 1 and 2, opposite in month 3, zero in month 4: E = 2, O = 1, M = 4. */
    @Test
    void theShareCountsMonthsWithTheExpectedSignAmongDefinedMonths() {
        TimePath up = TimePath.of(BASELINE, TREATMENT, Direction.INCREASE, 0.95);
        assertEquals(2, up.expectedMonths());
        assertEquals(1, up.oppositeMonths());
        assertEquals(4, up.definedMonths());
        assertEquals(0.5, up.expectedSignShare(), 1e-15);
        TimePath down = TimePath.of(BASELINE, TREATMENT, Direction.DECREASE, 0.95);
        assertEquals(0.25, down.expectedSignShare(), 1e-15);
    }

    @Test
    void anEndPointDisagreesWhenThePathRunsTheOtherWayInMoreMonths() {
        TimePath up = TimePath.of(BASELINE, TREATMENT, Direction.INCREASE, 0.95);
        assertFalse(up.disagreesWith(Verdict.SUPPORTED), "E = 2 > O = 1");
        assertTrue(up.disagreesWith(Verdict.CONTRADICTED));
        TimePath down = TimePath.of(BASELINE, TREATMENT, Direction.DECREASE, 0.95);
        assertTrue(down.disagreesWith(Verdict.SUPPORTED), "E = 1 < O = 2");
        assertFalse(down.disagreesWith(Verdict.CONTRADICTED));
        for (TimePath path : List.of(up, down)) {
            assertFalse(path.disagreesWith(Verdict.INCONCLUSIVE));
            assertFalse(path.disagreesWith(Verdict.UNTESTED));
        }
    }

    /** Zero for three months, then the expected sign: E = 1, O = 0, so a supported end point agrees. */
    @Test
    void anEffectThatAppearsLateDoesNotDisagreeWithTheEndPoint() {
        List<double[]> baseline = List.of(new double[] {1, 1, 1, 1}, new double[] {2, 2, 2, 2});
        List<double[]> treatment = List.of(new double[] {1, 1, 1, 3}, new double[] {2, 2, 2, 4});
        TimePath path = TimePath.of(baseline, treatment, Direction.INCREASE, 0.95);
        assertEquals(0.25, path.expectedSignShare(), 1e-15);
        assertFalse(path.disagreesWith(Verdict.SUPPORTED));
    }

    /** A metric undefined in the first month (NaN in every run of an arm) leaves that month out of the counts. */
    @Test
    void monthsWithoutADefinedEffectAreLeftOut() {
        List<double[]> baseline = List.of(new double[] {NaN, 1}, new double[] {NaN, 2});
        List<double[]> treatment = List.of(new double[] {5, 3}, new double[] {6, 4});
        TimePath path = TimePath.of(baseline, treatment, Direction.INCREASE, 0.95);
        assertTrue(Double.isNaN(path.months().get(0).estimate()));
        assertEquals(1, path.definedMonths());
        assertEquals(1.0, path.expectedSignShare());
    }

    @Test
    void runsOfDifferentLengthsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimePath.of(
                List.of(new double[] {1, 2, 3}), List.of(new double[] {1, 2}), Direction.INCREASE, 0.95));
        assertEquals("every run needs the same months, got 3 and 2", e.getMessage());
    }
}
