package org.inferenceshift.compute;

import java.io.Serializable;
import org.inferenceshift.scenario.TrendParams;

/** DESIGN §3: FLOP per dollar and the algorithmic multiplier as functions of the month index. */
public final class Trends implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final double MONTHS_PER_YEAR = 12.0;

    private final double flopPerDollar0;
    private final double hardwareGrowthPerYear;
    private final double algoGrowthPerYear;
    private final double servingEfficiencyGrowthPerYear;
    private final double servingEfficiencyMax;

    public Trends(TrendParams p) {
        this.flopPerDollar0 = p.flopPerDollar0();
        this.hardwareGrowthPerYear = p.hardwareGrowthPerYear();
        this.algoGrowthPerYear = p.algoEfficiencyGrowthPerYear();
        this.servingEfficiencyGrowthPerYear = p.servingEfficiencyGrowthPerYear();
        this.servingEfficiencyMax = p.servingEfficiencyMax();
    }

    public double flopPerDollar(int month) {
        return flopPerDollar0 * Math.pow(hardwareGrowthPerYear, month / MONTHS_PER_YEAR);
    }

    /** Effective pre-training FLOP per physical FLOP for a run trained in {@code month} (1 at month 0). */
    public double algorithmicMultiplier(int month) {
        return Math.pow(algoGrowthPerYear, month / MONTHS_PER_YEAR);
    }

    /**
     * Serving efficiency in {@code month} relative to month 0 (1 at month 0): a dollar of serving capacity
     * serves {@code flopPerDollar(month) * servingEfficiency(month)} model FLOP (a query of a model of N
     * parameters at multiplier k is still 2 N tokens k of them). It stands for the serving-side gains (lower
     * precision, batching, speculative decoding, kernels) that are neither cheaper hardware nor
     * better-trained models. Those gains are bounded, so it grows at its yearly rate up to
     * {@code servingEfficiencyMax} and stays there.
     */
    public double servingEfficiency(int month) {
        return Math.min(servingEfficiencyMax, Math.pow(servingEfficiencyGrowthPerYear, month / MONTHS_PER_YEAR));
    }
}
