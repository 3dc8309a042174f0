package org.inferenceshift.viz;

import java.util.Locale;

/** Short renderings of the model's numbers for tables and labels (the CSV files keep full precision). */
final class Formats {
    private Formats() {
    }

    /** USD amounts as $1.2B, $350M, $20. */
    static String usd(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double abs = Math.abs(v);
        String sign = v < 0 ? "-" : "";
        if (abs >= 1e12) {
            return String.format(Locale.ROOT, "%s$%.2fT", sign, abs / 1e12);
        }
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "%s$%.2fB", sign, abs / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%s$%.1fM", sign, abs / 1e6);
        }
        if (abs >= 1e3) {
            return String.format(Locale.ROOT, "%s$%.1fk", sign, abs / 1e3);
        }
        return String.format(Locale.ROOT, "%s$%.0f", sign, abs);
    }

    /** Counts of people as 1.2B, 350M, 12k. */
    static String count(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.2fB", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "-";
    }

    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    /** A multiplier k as 1, 10, 1e4. */
    static String multiplier(double k) {
        return k < 1e4 ? String.format(Locale.ROOT, "%.0f", k) : String.format(Locale.ROOT, "%.0e", k);
    }
}
