package org.inferenceshift.viz;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Month;
import java.time.YearMonth;

/** A month index of the run (0 = the scenario's start) as its date: "2025" for a January, else "2025-07". */
final class MonthFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final YearMonth start;

    MonthFormat(YearMonth start) {
        this.start = start;
    }

    String month(long index) {
        YearMonth month = start.plusMonths(index);
        return month.getMonth() == Month.JANUARY ? Integer.toString(month.getYear()) : month.toString();
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(month(Math.round(number)));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(month(number));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return null; // axis labels are never parsed back
    }
}
