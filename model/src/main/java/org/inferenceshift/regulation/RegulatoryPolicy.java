package org.inferenceshift.regulation;

import java.io.Serializable;
import java.util.List;
import org.inferenceshift.labs.Lab;

/**
 * A regulator's rule for which models it covers, applied each month after releases and before users
 * choose (DESIGN §8). One interface; each policy kind is one implementation the scenario names.
 */
public interface RegulatoryPolicy extends Serializable {
    /** Applies the rule to this month's labs and their deployed models. */
    void apply(List<Lab> labs, int step);
}
