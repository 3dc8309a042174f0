package org.inferenceshift.capability;

import java.io.Serializable;
import org.inferenceshift.scenario.CapabilityParams;

/**
 * DESIGN §4: capability in effective orders of magnitude E (log10 of pre-training-equivalent FLOP).
 *
 * <pre>
 * E_base     = log10(C)                                      if C &lt;= W
 *            = log10(W) + returnsAboveWall * (log10(C) - log10(W))   otherwise
 * P          = P_min + (P_max - P_min) * (1 - exp(-R / (rlScale * C_physical)))
 * gain(k)    = beta * min(log10(k), P)                      for k &gt;= 1 (HARD, the default)
 *            = beta * P * (1 - exp(-log10(k) / P))          for k &gt;= 1 (SATURATING)
 *            = beta * log10(k)                               for k &lt; 1 (a throttled lab)
 * </pre>
 * The gain has slope beta (per OOM of k) at k = 1 and stops at beta * P ({@link InferenceGain}). Below
 * k = 1, which only a lab short of serving capacity reaches, the gain continues with the same slope, so
 * throttling costs capability smoothly. No configuration beyond k = 10^P is ever served or costed.
 */
public final class CapabilityFunction implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double log10Wall;
    private final double returnsAboveWall;
    private final double betaReasoning;
    private final double betaIntuitive;
    private final double plateauMin;
    private final double plateauMax;
    private final double rlScale;
    private final InferenceGain inferenceGain;

    public CapabilityFunction(CapabilityParams p) {
        this.log10Wall = Math.log10(p.dataWallFlop());
        this.returnsAboveWall = p.returnsAboveWall();
        this.betaReasoning = p.betaReasoning();
        this.betaIntuitive = p.betaIntuitive();
        this.plateauMin = p.plateauMinOom();
        this.plateauMax = p.plateauMaxOom();
        this.rlScale = p.rlScale();
        this.inferenceGain = InferenceGain.of(p.gainShape());
    }

    /** E of a model with effective pre-training compute {@code effectiveFlop}, served at k = 1. */
    public double baseE(double effectiveFlop) {
        return baseE(effectiveFlop, log10Wall);
    }

    /**
     * E at k = 1 against a lab's own data wall {@code wallFlop} (synthetic data moves it, MODEL.md §7.10);
     * the scenario's wall when it is the scenario's {@code dataWallFlop}.
     */
    public double baseEWithWall(double effectiveFlop, double wallFlop) {
        return baseE(effectiveFlop, Math.log10(wallFlop));
    }

    private double baseE(double effectiveFlop, double log10W) {
        double oom = Math.log10(effectiveFlop);
        return oom <= log10W ? oom : log10W + returnsAboveWall * (oom - log10W);
    }

    /** Inverse of {@link #baseE}: the effective compute that yields {@code e}. */
    public double effectiveFlopFor(double e) {
        if (e <= log10Wall) {
            return Math.pow(10, e);
        }
        if (returnsAboveWall == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.pow(10, log10Wall + (e - log10Wall) / returnsAboveWall);
    }

    /** P: the orders of magnitude of inference that still help, set by reasoning post-training. */
    public double plateau(double rlFlop, double physicalPretrainingFlop) {
        double x = rlFlop / (rlScale * physicalPretrainingFlop);
        return plateauMin + (plateauMax - plateauMin) * (1 - Math.exp(-x));
    }

    public double gain(TaskClass task, double plateau, double k) {
        double oomK = Math.log10(k);
        return oomK <= 0 ? beta(task) * oomK : inferenceGain.gain(beta(task), plateau, oomK);
    }

    /**
     * Inverse of {@link #gain} over the configurations a lab may serve: the smallest multiplier
     * 1 &lt;= k &lt;= 10^P whose gain on {@code task} reaches {@code gain}; 1 when no gain is needed and
     * +infinity when no k within the plateau reaches it (under SATURATING a larger k would, a little, but no
     * output uses a configuration beyond 10^P: see MODEL.md §7.5).
     */
    public double multiplierForGain(TaskClass task, double plateau, double gain) {
        if (gain <= 0) {
            return 1.0;
        }
        double oom = inferenceGain.oomForGain(beta(task), plateau, gain);
        return oom <= plateau ? Math.pow(10, oom) : Double.POSITIVE_INFINITY;
    }

    public double beta(TaskClass task) {
        return task == TaskClass.REASONING ? betaReasoning : betaIntuitive;
    }

    /** Success probability p = 1 / (1 + exp(-(E - d) / w)). */
    public static double success(double e, double difficulty, double width) {
        return 1.0 / (1.0 + Math.exp(-(e - difficulty) / width));
    }
}
