package org.inferenceshift.regulation;

import java.util.List;
import org.inferenceshift.labs.Lab;

/** Policy kind NONE: no model is covered and nothing is withheld. */
public record NoRegulation() implements RegulatoryPolicy {
    @Override
    public void apply(List<Lab> labs, int step) {
        // nothing is covered
    }
}
