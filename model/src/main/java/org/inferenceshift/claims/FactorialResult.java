package org.inferenceshift.claims;

import java.util.List;

/**
 * An era claim taken apart by a factorial design, each contrast on both seed sets with its verdict by the
 * replication rule against the claim's expected direction. In the 2x2x2 era design ({@link EraFactorial}):
 * the era comparison itself (which mixes the three differences), then every main effect and interaction; the
 * verdict on the texts' mechanism is the inference gain's main effect. In the premise design
 * ({@link PremiseFactorial}): its {@link PremiseFactorial#CONTRASTS} in order.
 *
 * @param effects the era comparison first, then the design's effects in {@link EraFactorial#effects()} order
 *                (era design), or {@link PremiseFactorial#CONTRASTS} order (premise design)
 * @param design  {@link #ERA_DESIGN} or {@link PremiseFactorial#DESIGN}
 */
public record FactorialResult(Claim claim, List<Row> effects, String design) {
    /** One contrast on both seed sets. */
    public record Row(String name, EffectInterval first, EffectInterval second, ReplicatedVerdict verdict) {
    }

    /** Name of the row that repeats the era comparison inside the factorial. */
    public static final String ERA_ROW = "era comparison (all three)";
    /** Name of the 2x2x2 era design (wall, gain, allocation) in factorial.csv's design column. */
    public static final String ERA_DESIGN = "eras";

    public FactorialResult {
        effects = List.copyOf(effects);
    }

    public Row row(String name) {
        return effects.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no effect " + name));
    }

    /** The verdict on the factor the texts' claim is about: the inference gain alone (era design only). */
    public Row claimed() {
        return row(EraFactorial.FACTORS.get(EraFactorial.CLAIMED_FACTOR).name());
    }
}
