package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.AllocationShares;

/**
 * How a lab splits its monthly budget between pre-training, post-training, serving capacity and
 * inference-during-training, and which tokens-per-parameter ratio its next runs use. One decision, named
 * implementations; {@link LabDecisions} picks one per lab from the scenario.
 */
public interface AllocationStrategy extends Serializable {
    AllocationShares current();

    double tokensPerParameter();

    /** Sees the month's outcome of {@code self}; may change {@link #current()} for the months that follow. */
    void review(LabView self, MarketView market);

    /** The fitness of the last completed review period (NaN before the first), for rivals to imitate. */
    double lastFitness();
}
