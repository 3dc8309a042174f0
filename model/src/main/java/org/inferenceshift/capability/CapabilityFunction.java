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
 * gain(k)    = beta * P * (1 - exp(-log10(k) / P))          for k &gt;= 1
 *            = beta * log10(k)                               for k &lt; 1 (a throttled lab)
 * </pre>
 * The gain has slope beta (per OOM of k) at k = 1 and saturates at beta * P. Below k = 1, which only a
 * lab short of serving capacity reaches, the gain continues with the same slope, so throttling costs
 * capability smoothly.
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

    public CapabilityFunction(CapabilityParams p) {
        this.log10Wall = Math.log10(p.dataWallFlop());
        this.returnsAboveWall = p.returnsAboveWall();
        this.betaReasoning = p.betaReasoning();
        this.betaIntuitive = p.betaIntuitive();
        this.plateauMin = p.plateauMinOom();
        this.plateauMax = p.plateauMaxOom();
        this.rlScale = p.rlScale();
    }

    /** E of a model with effective pre-training compute {@code effectiveFlop}, served at k = 1. */
    public double baseE(double effectiveFlop) {
        double oom = Math.log10(effectiveFlop);
        return oom <= log10Wall ? oom : log10Wall + returnsAboveWall * (oom - log10Wall);
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
        return gain(beta(task), plateau, k);
    }

    public static double gain(double beta, double plateau, double k) {
        double oomK = Math.log10(k);
        if (oomK <= 0) {
            return beta * oomK;
        }
        return beta * plateau * (1 - Math.exp(-oomK / plateau));
    }

    /**
     * Inverse of {@link #gain}: the smallest multiplier k &gt;= 1 whose gain on {@code task} reaches
     * {@code gain}, from {@code log10(k) = -P ln(1 - gain / (beta P))}; 1 when no gain is needed and
     * +infinity when the gain is at or beyond the plateau beta * P.
     */
    public double multiplierForGain(TaskClass task, double plateau, double gain) {
        if (gain <= 0) {
            return 1.0;
        }
        double ceiling = beta(task) * plateau;
        if (gain >= ceiling) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.pow(10, -plateau * Math.log(1 - gain / ceiling));
    }

    public double beta(TaskClass task) {
        return task == TaskClass.REASONING ? betaReasoning : betaIntuitive;
    }

    /** Success probability p = 1 / (1 + exp(-(E - d) / w)). */
    public static double success(double e, double difficulty, double width) {
        return 1.0 / (1.0 + Math.exp(-(e - difficulty) / width));
    }
}
