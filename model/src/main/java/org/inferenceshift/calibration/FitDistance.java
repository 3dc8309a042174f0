package org.inferenceshift.calibration;

import java.util.List;
import java.util.Map;

/**
 * The distance between the model and a set of target bands (docs/VALIDATION.md, "Calibration as a
 * method"). For a target with band [L, H] whose mean over seeds is m:
 * <pre>
 *   d = max(0, ln(L/m), ln(m/H)) / ln(H/L)     when L &gt; 0 (shares, ratios, growth rates: a log scale)
 *   d = max(0, L − m, m − H) / (H − L)         otherwise (signed quantities such as a change of share)
 *   d = {@value #UNDEFINED}                    when m is undefined (NaN), or m ≤ 0 on a log scale
 * </pre>
 * and the distance is the mean of d over the targets: {@code D = (1/T) Σ d}. D is zero exactly when every
 * target passes by the rule of {@code validate} (the mean over seeds in the band, ends included), and a
 * miss counts in band widths, so a fact with a narrow band and one with a wide band weigh the same when
 * each is missed by its own width.
 */
public final class FitDistance {
    /** The distance of a target the model leaves undefined: as far as missing by ten band widths. */
    public static final double UNDEFINED = 10;

    private FitDistance() {
    }

    /** One target's distance from its mean over seeds. */
    public static double of(TargetBand target, double mean) {
        double low = target.low();
        double high = target.high();
        if (Double.isNaN(mean)) {
            return UNDEFINED;
        }
        if (target.logScale()) {
            if (!(mean > 0) || Double.isInfinite(mean)) {
                return UNDEFINED;
            }
            return Math.max(0, Math.max(Math.log(low / mean), Math.log(mean / high))) / Math.log(high / low);
        }
        if (Double.isInfinite(mean)) {
            return UNDEFINED;
        }
        return Math.max(0, Math.max(low - mean, mean - high)) / (high - low);
    }

    /** {@code D}: the mean of the targets' distances, each from its fact's mean over seeds (by fact id). */
    public static double of(List<TargetBand> targets, Map<String, Double> means) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no targets to measure a distance to");
        }
        double sum = 0;
        for (TargetBand t : targets) {
            Double m = means.get(t.fact().id());
            sum += of(t, m == null ? Double.NaN : m);
        }
        return sum / targets.size();
    }
}
