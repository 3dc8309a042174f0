package org.inferenceshift.figure;

import java.util.Locale;

/**
 * Compact numbers for axis ticks and report tables: plain decimals in the everyday range, scientific
 * notation ({@code 3.2e25}) for very large or very small magnitudes, never more than four significant
 * digits, and "NA" for a missing value.
 */
public final class TickLabels {
    private TickLabels() {
    }

    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return "NA";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e6 || a < 1e-3) {
            String s = String.format(Locale.ROOT, "%.3g", v);
            return compactExponent(s);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return trimZeros(String.format(Locale.ROOT, "%.4g", v));
    }

    /** "3.20e+25" becomes "3.2e25". */
    private static String compactExponent(String s) {
        int e = s.indexOf('e');
        if (e < 0) {
            return trimZeros(s);
        }
        String mantissa = trimZeros(s.substring(0, e));
        String exponent = s.substring(e + 1);
        if (exponent.startsWith("+")) {
            exponent = exponent.substring(1);
        }
        boolean negative = exponent.startsWith("-");
        String digits = (negative ? exponent.substring(1) : exponent).replaceFirst("^0+(?=\\d)", "");
        return mantissa + "e" + (negative ? "-" : "") + digits;
    }

    private static String trimZeros(String s) {
        if (!s.contains(".") || s.contains("e")) {
            return s;
        }
        String t = s.replaceFirst("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
