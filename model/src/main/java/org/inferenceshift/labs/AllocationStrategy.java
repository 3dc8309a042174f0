package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.AllocationShares;

/**
 * How a lab splits its monthly budget between pre-training, post-training, serving capacity and
 * inference-during-training, and which tokens-per-parameter ratio its next runs use. One decision, named
 * implementations; the scenario picks one per lab.
 */
public interface AllocationStrategy extends Serializable {
    AllocationShares current();

    double tokensPerParameter();

    /** Sees the month's outcome; may change {@link #current()} for the months that follow. */
    void endOfMonth(Lab lab, MarketView market);

    /** The fitness of the last completed review period (NaN before the first), for rivals to imitate. */
    double lastFitness();
}
