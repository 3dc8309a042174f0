package org.inferenceshift.figure;

import java.util.List;

/**
 * How a line is drawn: its width in pixels and, for a dashed line, the lengths of its dashes and gaps
 * (empty: solid).
 */
public record Stroke(float width, List<Float> dashes) {
    public Stroke {
        dashes = List.copyOf(dashes);
    }

    public static Stroke solid(float width) {
        return new Stroke(width, List.of());
    }

    /** @param pattern dash, gap, dash, gap... in pixels */
    public static Stroke dashed(float width, Float... pattern) {
        return new Stroke(width, List.of(pattern));
    }

    public boolean isSolid() {
        return dashes.isEmpty();
    }
}
