package org.inferenceshift.scenario;

import java.io.Serializable;

/**
 * DESIGN §4, [E]: inference-during-training by synthetic data. A lab spends its synthetic share on
 * generating training data with its served model; the verified part, valued against human tokens, adds
 * to the stock of high-quality data behind its own data wall (MODEL.md §7.10).
 */
public record SyntheticDataParams(
        boolean enabled,
        @Param(min = 1, max = 1e6, unit = "x (inference multiplier)", doc = "Inference multiplier k of generation: a generated token costs 2 N k FLOP of the lab's served model.")
        double generationMultiplier,
        @Param(min = 0, max = 1, unit = "share", doc = "Share of generation aimed at reasoning (verifiable) domains such as mathematics and code; the rest at intuitive ones.")
        double reasoningShare,
        @Param(min = 0, max = 1, unit = "share of tokens", doc = "Share of tokens generated in reasoning domains that pass verification (checked answers, tests).")
        double acceptanceReasoning,
        @Param(min = 0, max = 1, unit = "share of tokens", doc = "Share of tokens generated in intuitive domains that pass filtering (no ground truth: judged quality).")
        double acceptanceIntuitive,
        @Param(min = 0, max = 10, unit = "human tokens per token", doc = "Value of a verified synthetic token in pre-training, in tokens of high-quality human text.")
        double tokenValue,
        @Param(min = 0, max = 1, unit = "exponent", doc = "Diminishing returns: the data stock behind the wall grows as D_W (1 + V / D_W)^exponent for V human-equivalent synthetic tokens.")
        double diminishingExponent,
        @Param(unit = "ALWAYS or WHEN_DATA_LIMITED", doc = "When a lab generates: ALWAYS, or WHEN_DATA_LIMITED (only while its next run would be above its own data wall; otherwise the share rents serving capacity).")
        SyntheticGenerationKind generation) implements Serializable {
}
