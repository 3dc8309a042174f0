package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §5: serving costs and the free outside option. */
public record ServingParams(
        @Param(min = 1, max = 1e7, unit = "tokens", doc = "Output tokens of one query at inference multiplier k = 1.")
        double tokensPerQuery,
        @Param(min = 1, max = 1e9, unit = "tokens", doc = "Output tokens of one human-hour-equivalent task at k = 1 (cost-per-task metric).")
        double tokensPerTask,
        @Param(min = 0, max = 1e6, unit = "USD/task", doc = "What a human is paid for the same task (cost-per-task metric).")
        double humanWageUsdPerTask,
        @Param(min = 0.01, max = 1e6, unit = "tokens/s", doc = "Generation speed of one served copy at k = 1 (simultaneous-copies metric).")
        double tokensPerSecondPerCopy,
        @Param(min = 0, max = 10, unit = "E (OOM)", doc = "Capability lost by self-hosting an open-weight model instead of buying a served tier.")
        double selfHostingPenaltyE,
        @Param(min = 0, max = 60, unit = "E (OOM)", doc = "Capability of the outside option when no open-weight model exists (no AI at all).")
        double noAiCapabilityE,
        @Param(min = 1e-9, max = 1, unit = "share of k", doc = "Lowest throttle: a lab with (almost) no capacity still answers at this share of its tiers' k, not at k = 0.")
        double minimumThrottle,
        @Param(min = 0.5, max = 0.999, unit = "probability", doc = "An adaptive tier gives each query the smallest k (up to its cap) at which the query's success reaches this probability.")
        double adaptiveTargetSuccess,
        @Param(min = 0, max = 10, unit = "E per OOM of k", doc = "An adaptive tier stops adding inference where one more order of magnitude of k buys less capability than this (intuitive queries below it stay at k = 1).")
        double adaptiveMinGainPerOom,
        @Param(min = 1e10, max = 1e40, unit = "FLOP/task", doc = "Most compute one task may use: configurations above it are never served or costed (human-level cost metric).")
        double maxFlopPerTask) implements Serializable {
}
