package org.inferenceshift.viz;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis tick labels: 2,800 as "2800", 1.5e9 as "1.5B", 0.35 as "0.35", 3e26 as "3e26", so large values fit a
 * narrow axis; a rounding -0 shows as 0.
 */
final class CompactNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final String[] SUFFIXES = {"k", "M", "B", "T"};
    private final DecimalFormat plain = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    private final DecimalFormat scientific = new DecimalFormat("0.##E0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        double abs = Math.abs(number);
        if (!Double.isFinite(number)) {
            return plain.format(number, to, pos);
        }
        if (abs >= 1e15 || (abs > 0 && abs < 1e-4)) {
            return to.append(scientific.format(number).replace("E", "e"));
        }
        if (abs < 1e4) {
            String text = plain.format(number);
            return to.append(text.equals("-0") ? "0" : text);
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
