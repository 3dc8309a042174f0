package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §3: exogenous hardware and algorithmic trends. */
public record TrendParams(
        @Param(min = 1e10, max = 1e24, unit = "FLOP/USD", doc = "Effective FLOP per dollar at the start (utilisation included).")
        double flopPerDollar0,
        @Param(min = 0.5, max = 10, unit = "x/year", doc = "Growth factor of FLOP per dollar per year.")
        double hardwareGrowthPerYear,
        @Param(min = 0.5, max = 30, unit = "x/year", doc = "Growth factor per year of effective pre-training compute per physical FLOP.")
        double algoEfficiencyGrowthPerYear,
        @Param(min = 1, max = 30, unit = "x/year", doc = "Growth factor per year of serving efficiency: model FLOP (2 N per token) a dollar of serving capacity serves, beyond the hardware trend (lower precision, batching, speculative decoding, kernels); training compute is unaffected; 1 turns it off.")
        double servingEfficiencyGrowthPerYear,
        @Param(min = 1, max = 1e9, unit = "x", doc = "Ceiling of serving efficiency over the first month's: the serving-side gains are bounded (precision, utilisation, speculative decoding), so the trend stops here.")
        double servingEfficiencyMax) implements Serializable {
}
