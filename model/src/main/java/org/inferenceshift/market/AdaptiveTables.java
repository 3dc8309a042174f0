package org.inferenceshift.market;

import java.io.Serializable;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;

/**
 * The adaptive inference rule of MODEL.md §7.6, tabulated once a month per adaptive option and task class
 * so the user pass reads it with a comparison and a linear interpolation, without allocation.
 *
 * <p>A query of class τ and difficulty d on an option with base capability E_b (model plateau P, throttle θ,
 * cap K) uses the smallest requested k in [1, k_max] at which its success
 * {@code 1 / (1 + exp(-(E_b + gain_τ(k θ) - d) / w))} reaches the target p*, where
 * {@code k_max = min(K, 10^P, 10^x_pay)} and x_pay is the log10 k beyond which the gain's slope falls below
 * adaptiveMinGainPerOom E per order of magnitude (inference stops paying off; an intuitive class whose slope
 * at k = 1 is already below it stays at k = 1). So, with {@code L = w ln(p* / (1 - p*))}:
 * <ul>
 *   <li>{@code d <= d_low = E_b + gain(θ) - L}: k = 1 suffices;</li>
 *   <li>{@code d >= d_high = E_b + gain(k_max θ) - L}: the target is out of reach, k = k_max;</li>
 *   <li>in between: the gain needed is {@code g = d + L - E_b}, the served k is
 *       {@code multiplierForGain(g)} and the requested k is that over θ; the capability served is then
 *       {@code d + L}, so the success is p*.</li>
 * </ul>
 * Between d_low and d_high log10 of the requested k and the capability served are tabulated at
 * {@link #INTERVALS} + 1 equally spaced difficulties and interpolated linearly: exact where they are
 * linear in d (the capability always, when θ = 1; log10 k under a gain linear in log10 k), otherwise
 * within a small fraction of a percent of k (docs/MODEL.md §7.6).
 * Everything is read through {@link CapabilityFunction#gain} and {@link CapabilityFunction#multiplierForGain},
 * so any gain shape the scenario picks is tabulated the same way. The API market (package {@code api})
 * tabulates its lab's models with the same rule, so a buyer's query and a subscriber's use k alike.
 */
public final class AdaptiveTables implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int INTERVALS = 64;
    private static final int NODES = INTERVALS + 1;
    public static final int CLASSES = 2;
    /** Step, in orders of magnitude of k, of the numerical slope of the gain. */
    private static final double SLOPE_STEP_OOM = 1e-3;
    private static final double LN10 = Math.log(10);

    // indexed by oc = CLASSES * option + class (0 reasoning, 1 intuitive)
    double[] dLow = new double[0];
    double[] dHigh = new double[0];
    double[] invStep = new double[0];
    double[] eLow = new double[0];
    double[] eHigh = new double[0];
    double[] kHigh = new double[0];
    double[] log10kHigh = new double[0];
    boolean[] flat = new boolean[0];
    // indexed by oc * NODES + node
    double[] log10kNodes = new double[0];
    double[] eNodes = new double[0];

    public void resize(int options) {
        int n = CLASSES * options;
        if (dLow.length < n) {
            int capacity = Math.max(n, 2 * dLow.length);
            dLow = new double[capacity];
            dHigh = new double[capacity];
            invStep = new double[capacity];
            eLow = new double[capacity];
            eHigh = new double[capacity];
            kHigh = new double[capacity];
            log10kHigh = new double[capacity];
            flat = new boolean[capacity];
            log10kNodes = new double[capacity * NODES];
            eNodes = new double[capacity * NODES];
        }
    }

    public static int index(int option, TaskClass task) {
        return CLASSES * option + (task == TaskClass.REASONING ? 0 : 1);
    }

    /**
     * The log10 k beyond which one more order of magnitude of k adds less than {@code minGainPerOom} E on
     * {@code task} (0 if it already does at k = 1), searched in [0, limit] by bisection on the numerical
     * slope of the gain (the shapes are concave in log10 k).
     */
    public static double payoffLimitOom(CapabilityFunction capability, TaskClass task, double plateau, double limit,
                                 double minGainPerOom) {
        if (limit <= 0 || slope(capability, task, plateau, 0) < minGainPerOom) {
            return 0;
        }
        if (slope(capability, task, plateau, limit - SLOPE_STEP_OOM) >= minGainPerOom) {
            return limit;
        }
        double lo = 0;
        double hi = limit - SLOPE_STEP_OOM;
        for (int i = 0; i < 40; i++) {
            double mid = 0.5 * (lo + hi);
            if (slope(capability, task, plateau, mid) >= minGainPerOom) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + SLOPE_STEP_OOM;
    }

    private static double slope(CapabilityFunction capability, TaskClass task, double plateau, double oom) {
        return (capability.gain(task, plateau, Math.pow(10, oom + SLOPE_STEP_OOM))
                - capability.gain(task, plateau, Math.pow(10, oom))) / SLOPE_STEP_OOM;
    }

    /**
     * Tabulates option {@code option}'s rule for {@code task}.
     *
     * @param baseE       the option's capability before inference (model base E plus the tier's offset)
     * @param maxOom      log10 of k_max: the lower of the tier's cap, the plateau and the payoff limit
     * @param targetShift L = w ln(p* / (1 - p*))
     */
    public void build(int option, TaskClass task, CapabilityFunction capability, double baseE, double plateau,
               double throttle, double maxOom, double targetShift) {
        int oc = index(option, task);
        double kMax = Math.pow(10, Math.max(0, maxOom));
        eLow[oc] = baseE + capability.gain(task, plateau, throttle);
        eHigh[oc] = maxOom > 0 ? baseE + capability.gain(task, plateau, kMax * throttle) : eLow[oc];
        dLow[oc] = eLow[oc] - targetShift;
        dHigh[oc] = eHigh[oc] - targetShift;
        kHigh[oc] = maxOom > 0 ? kMax : 1.0;
        log10kHigh[oc] = Math.log10(kHigh[oc]);
        flat[oc] = !(dHigh[oc] > dLow[oc]);
        if (flat[oc]) {
            eHigh[oc] = eLow[oc];
            kHigh[oc] = 1.0;
            log10kHigh[oc] = 0;
            invStep[oc] = 0;
            return;
        }
        double step = (dHigh[oc] - dLow[oc]) / INTERVALS;
        invStep[oc] = 1 / step;
        double beta = capability.beta(task);
        for (int j = 0; j < NODES; j++) {
            double d = j == INTERVALS ? dHigh[oc] : dLow[oc] + j * step;
            double needed = d + targetShift - baseE;
            double served;
            if (j == INTERVALS) {
                served = kMax * throttle;
            } else if (needed > 0) {
                served = capability.multiplierForGain(task, plateau, needed);
            } else {
                // only under throttling (theta < 1): a served k below 1, where the gain is beta * log10(k)
                served = beta > 0 ? Math.pow(10, needed / beta) : throttle;
            }
            double requested = Math.min(kMax, Math.max(1.0, served / throttle));
            int b = oc * NODES + j;
            log10kNodes[b] = Math.log10(requested);
            eNodes[b] = baseE + capability.gain(task, plateau, requested * throttle);
        }
    }

    /** The capability a query of difficulty d and class oc is served at. */
    public double e(int oc, double d) {
        if (flat[oc] || d <= dLow[oc]) {
            return eLow[oc];
        }
        if (d >= dHigh[oc]) {
            return eHigh[oc];
        }
        return interpolate(eNodes, oc, d);
    }

    /** The k a query of difficulty d and class oc requests (and is costed by): 10 to {@link #log10k}. */
    public double k(int oc, double d) {
        if (flat[oc] || d <= dLow[oc]) {
            return 1.0;
        }
        if (d >= dHigh[oc]) {
            return kHigh[oc];
        }
        return Math.min(kHigh[oc], Math.exp(LN10 * interpolate(log10kNodes, oc, d)));
    }

    /** log10 of the k a query requests, interpolated in log10 k. */
    double log10k(int oc, double d) {
        if (flat[oc] || d <= dLow[oc]) {
            return 0;
        }
        if (d >= dHigh[oc]) {
            return log10kHigh[oc];
        }
        return interpolate(log10kNodes, oc, d);
    }

    private double interpolate(double[] nodes, int oc, double d) {
        double t = (d - dLow[oc]) * invStep[oc];
        int j = Math.min(INTERVALS - 1, (int) t);
        double f = t - j;
        int b = oc * NODES + j;
        return nodes[b] + f * (nodes[b + 1] - nodes[b]);
    }
}
