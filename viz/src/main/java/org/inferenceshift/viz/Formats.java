package org.inferenceshift.viz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Short renderings of the model's numbers for tables, inspectors and tooltips: three significant figures
 * with k, M, B, T (and an exponent beyond), so $1.23B, 132M people, 0.0500 (the CSV files keep full precision).
 */
final class Formats {
    private static final String[] SUFFIXES = {"", "k", "M", "B", "T"};
    private static final MathContext THREE = new MathContext(3);

    private Formats() {
    }

    /** At most three significant figures: 0.05 as 0.05, 27.654 as 27.7, 1.5e9 as 1.5B, 3.14e26 as 3.14e26. */
    static String significant(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NA" : v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        if (abs >= 1e15 || abs < 1e-4) {
            String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
            return plain(Double.parseDouble(parts[0])) + "e" + Integer.parseInt(parts[1]);
        }
        int power = abs < 1000 ? 0 : (int) Math.floor(Math.log10(abs) / 3);
        double scaled = new BigDecimal(v / Math.pow(1000, power)).round(THREE).doubleValue();
        if (Math.abs(scaled) >= 1000 && power + 1 < SUFFIXES.length) { // 999.6k rounds to 1M
            power++;
            scaled = new BigDecimal(v / Math.pow(1000, power)).round(THREE).doubleValue();
        }
        return plain(scaled) + SUFFIXES[power];
    }

    /** A value rounded to three significant figures, written without trailing zeros: 0.05, 27.7, 1.5. */
    private static String plain(double rounded) {
        String text = new BigDecimal(Double.toString(rounded)).round(THREE).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** USD amounts as $1.23B, $350M, $20, -$4.1M. */
    static String usd(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return (v < 0 ? "-$" : "$") + significant(Math.abs(v));
    }

    /** Counts of people as 1.23B, 350M, 12k. */
    static String count(double v) {
        return Double.isFinite(v) ? significant(v) : "-";
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "-";
    }

    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    /** A multiplier k as 1, 10, 1e4. */
    static String multiplier(double k) {
        return k < 1e4 ? String.format(Locale.ROOT, "%.0f", k) : String.format(Locale.ROOT, "%.0e", k).replace("e+0", "e").replace("e+", "e");
    }
}
