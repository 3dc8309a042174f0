package org.inferenceshift.claims;

import java.util.Locale;

/** Numbers as the claims report and docs show them: three significant figures, NA for undefined. */
final class Fmt {
    private Fmt() {
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
            return trimZeros(parts[0]) + "e" + parts[1];
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return trimZeros(String.format(Locale.ROOT, "%.3g", v));
    }

    private static String trimZeros(String decimal) {
        return decimal.contains(".") ? decimal.replaceAll("0+$", "").replaceAll("\\.$", "") : decimal;
    }

    /** A signed effect: "+0.35", "-1.2". */
    static String signed(double v) {
        String s = num(v);
        return v > 0 ? "+" + s : s;
    }

    /** "+0.35 [+0.21, +0.49]". */
    static String interval(EffectInterval i) {
        if (i == null) {
            return "NA";
        }
        return signed(i.estimate()) + " [" + signed(i.lower()) + ", " + signed(i.upper()) + "]";
    }
}
