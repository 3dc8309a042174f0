package org.inferenceshift.claims;

import java.util.List;

/**
 * An era claim taken apart by the 2x2x2 factorial ({@link EraFactorial}): the era comparison itself (which
 * mixes the three differences) and every main effect and interaction, each on both seed sets with its verdict
 * by the replication rule against the claim's expected direction. The verdict on the texts' mechanism is the
 * inference gain's main effect.
 *
 * @param effects the era comparison first, then the design's effects in {@link EraFactorial#effects()} order
 */
public record FactorialResult(Claim claim, List<Row> effects) {
    /** One contrast on both seed sets. */
    public record Row(String name, EffectInterval first, EffectInterval second, ReplicatedVerdict verdict) {
    }

    /** Name of the row that repeats the era comparison inside the factorial. */
    public static final String ERA_ROW = "era comparison (all three)";

    public FactorialResult {
        effects = List.copyOf(effects);
    }

    public Row row(String name) {
        return effects.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no effect " + name));
    }

    /** The verdict on the factor the texts' claim is about: the inference gain alone. */
    public Row claimed() {
        return row(EraFactorial.FACTORS.get(EraFactorial.CLAIMED_FACTOR).name());
    }
}
