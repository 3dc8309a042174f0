package org.inferenceshift.regulation;

import java.io.Serializable;

/**
 * How a regulator revises its rule (one decision, named implementations): called once a month, before
 * coverage is decided, with what the regulator observes. The policy kind picks the implementation.
 */
public interface ReviewRule extends Serializable {
    void review(int month, RegulatorView view);
}
