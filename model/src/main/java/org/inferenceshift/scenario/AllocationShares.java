package org.inferenceshift.scenario;

import java.io.Serializable;

/**
 * A lab's split of its monthly budget (DESIGN §7). The five shares are in [0, 1] and sum to 1; the
 * loader rejects any other split, naming the lab.
 */
public record AllocationShares(
        @Param(min = 0, max = 1, unit = "share", doc = "Share of the budget put into the next pre-training run.")
        double pre,
        @Param(min = 0, max = 1, unit = "share", doc = "Share put into reasoning (RL) post-training of the next model.")
        double post,
        @Param(min = 0, max = 1, unit = "share", doc = "Share rented as inference (serving) capacity this month.")
        double inference,
        @Param(min = 0, max = 1, unit = "share", doc = "Share spent on inference-during-training (amplify and distil).")
        double ida,
        @Param(min = 0, max = 1, unit = "share", doc = "Share spent generating and verifying synthetic training data.")
        double synthetic) implements Serializable {

    public static final double SUM_TOLERANCE = 1e-6;

    /** A split with nothing spent on synthetic data. */
    public AllocationShares(double pre, double post, double inference, double ida) {
        this(pre, post, inference, ida, 0);
    }

    public double sum() {
        return pre + post + inference + ida + synthetic;
    }
}
