package org.inferenceshift.scenario;

import java.io.Serializable;

/** A region of users (DESIGN §8): each region may have its own regulator. Shares over regions sum to 1. */
public record RegionSpec(
        String name,
        @Param(min = 0, max = 1, unit = "share", doc = "Share of users living in the region.")
        double share) implements Serializable {
}
