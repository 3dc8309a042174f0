package org.inferenceshift.viz;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Axis tick labels: 2,800 as "2800", 1.5e9 as "1.5B", 0.35 as "0.35", so large values fit a narrow axis. */
final class CompactNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final String[] SUFFIXES = {"k", "M", "B", "T"};
    private final DecimalFormat plain = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        double abs = Math.abs(number);
        if (abs < 1e4 || !Double.isFinite(number)) {
            return plain.format(number, to, pos);
        }
        int power = Math.min(SUFFIXES.length, (int) Math.floor(Math.log10(abs) / 3));
        return plain.format(number / Math.pow(1000, power), to, pos).append(SUFFIXES[power - 1]);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return plain.parse(source, pos);
    }
}
