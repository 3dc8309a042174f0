package org.inferenceshift.experiment;

import java.util.List;

/**
 * How an experiment varies parameters. Implementations return their points already in run order: an
 * order in which any prefix covers the parameter space evenly, so an interrupted experiment is a
 * coarse version of the whole rather than one corner of it.
 */
public interface Design {
    /** Dotted scenario paths this design varies, in the order their columns appear in {@code runs.csv}. */
    List<String> parameters();

    /** Every point of the design, in run order. */
    List<DesignPoint> points();
}
