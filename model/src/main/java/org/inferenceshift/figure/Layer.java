package org.inferenceshift.figure;

import java.util.List;

/** What a plot draws, in order: lines, scatters and bands. */
public sealed interface Layer permits Line, Scatter, Band {
    /** Its name in the legend. */
    String name();

    double[] x();

    /** Every y value the layer draws: a band's centre and both its edges. */
    List<double[]> yValues();
}
