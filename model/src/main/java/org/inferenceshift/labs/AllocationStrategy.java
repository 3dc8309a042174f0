package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.AllocationShares;

/**
 * How a lab splits its monthly budget between pre-training, post-training, inference capacity and
 * inference-during-training. One decision, named implementations; the scenario picks one.
 */
public interface AllocationStrategy extends Serializable {
    AllocationShares allocate(Lab lab, int step);
}
