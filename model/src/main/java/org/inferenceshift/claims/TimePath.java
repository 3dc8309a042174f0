package org.inferenceshift.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim's effect month by month: for each month, the Welch interval ({@link WelchInterval}) of treatment
 * minus baseline over the arms' runs, and a summary of the path against the claim's expected direction.
 * The series are the claim's metric already transformed by its {@link EffectMeasure}, one array of
 * monthly values per run (per seed); NaN months (a metric not yet defined) are left out as the interval
 * leaves them out, and a month whose estimate is undefined does not count in the shares.
 *
 * <p>With E, O and M the months whose estimate has the expected sign, the opposite sign and a defined
 * value: {@link #expectedSignShare()} = E / M, the share of the horizon during which the effect goes the
 * claim's way. The end point <em>disagrees</em> with the path ({@link #disagreesWith}) when the end-point
 * verdict is SUPPORTED and O &gt; E (the effect runs against the claim in more months than with it), or
 * CONTRADICTED and E &gt; O. Months with a zero estimate count for neither, so an effect that appears late
 * (zero before a threshold is reached) does not disagree with an end point it supports. An INCONCLUSIVE or
 * UNTESTED end point makes no claim about the sign, and never disagrees.
 *
 * @param months         one interval per month, in order
 * @param expected       the direction the claim expects
 * @param expectedMonths E
 * @param oppositeMonths O
 * @param definedMonths  M
 */
public record TimePath(List<EffectInterval> months, Direction expected, int expectedMonths, int oppositeMonths,
                       int definedMonths) {
    public TimePath {
        months = List.copyOf(months);
    }

    /**
     * @param baselineRuns  each baseline run's monthly values
     * @param treatmentRuns each treatment run's monthly values, as many months as the baseline's
     * @param level         confidence level of the monthly intervals
     */
    public static TimePath of(List<double[]> baselineRuns, List<double[]> treatmentRuns, Direction expected,
                              double level) {
        int horizon = horizon(baselineRuns, treatmentRuns);
        double[] baseline = new double[baselineRuns.size()];
        double[] treatment = new double[treatmentRuns.size()];
        List<EffectInterval> months = new ArrayList<>(horizon);
        int agreeing = 0;
        int opposing = 0;
        int defined = 0;
        for (int m = 0; m < horizon; m++) {
            for (int r = 0; r < baseline.length; r++) {
                baseline[r] = baselineRuns.get(r)[m];
            }
            for (int r = 0; r < treatment.length; r++) {
                treatment[r] = treatmentRuns.get(r)[m];
            }
            EffectInterval interval = WelchInterval.of(baseline, treatment, level);
            months.add(interval);
            double estimate = interval.estimate();
            if (!Double.isNaN(estimate)) {
                defined++;
                agreeing += expected.agrees(estimate) ? 1 : 0;
                opposing += expected.agrees(-estimate) ? 1 : 0;
            }
        }
        return new TimePath(months, expected, agreeing, opposing, defined);
    }

    /** E / M: the share of the months with a defined effect in which it has the expected sign; NaN if none. */
    public double expectedSignShare() {
        return definedMonths == 0 ? Double.NaN : (double) expectedMonths / definedMonths;
    }

    /** Whether the end-point verdict and the path tell opposite stories (the rule in the class comment). */
    public boolean disagreesWith(Verdict endPoint) {
        return switch (endPoint) {
            case SUPPORTED -> oppositeMonths > expectedMonths;
            case CONTRADICTED -> expectedMonths > oppositeMonths;
            case INCONCLUSIVE, UNTESTED -> false;
        };
    }

    /** The months every run has (0 without runs); runs of different lengths are refused. */
    private static int horizon(List<double[]> baselineRuns, List<double[]> treatmentRuns) {
        Integer months = null;
        for (List<double[]> arm : List.of(baselineRuns, treatmentRuns)) {
            for (double[] run : arm) {
                if (months != null && run.length != months) {
                    throw new IllegalArgumentException("every run needs the same months, got " + months + " and "
                            + run.length);
                }
                months = run.length;
            }
        }
        return months == null ? 0 : months;
    }
}
