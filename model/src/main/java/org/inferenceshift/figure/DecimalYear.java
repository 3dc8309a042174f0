package org.inferenceshift.figure;

import java.time.YearMonth;
import java.util.Locale;

/**
 * Dates on a numeric axis: the first day of a month as a decimal year (days since 1970 / 365.25 + 1970).
 * Months differ in length, so the points are not equally spaced and ticks fall at round years rather than
 * at every n-th point.
 */
public final class DecimalYear {
    private static final double EPOCH_YEAR = 1970;
    private static final double DAYS_PER_YEAR = 365.25;

    private DecimalYear() {
    }

    public static double of(YearMonth month) {
        return EPOCH_YEAR + month.atDay(1).toEpochDay() / DAYS_PER_YEAR;
    }

    /** {@code months} consecutive months from {@code start}, as decimal years. */
    public static double[] months(YearMonth start, int months) {
        double[] years = new double[months];
        for (int m = 0; m < months; m++) {
            years[m] = of(start.plusMonths(m));
        }
        return years;
    }

    /** A tick on a decimal-year axis: "2027" on a year boundary, "2027-07" between. */
    public static String label(double decimalYear) {
        int year = (int) Math.floor(decimalYear + 1e-6);
        int month = (int) Math.round((decimalYear - year) * 12);
        if (month >= 12) {
            year++;
            month = 0;
        }
        return month == 0 ? Integer.toString(year) : String.format(Locale.ROOT, "%d-%02d", year, month + 1);
    }
}
