package org.inferenceshift.figure;

import java.util.List;

/** Points drawn as markers of one colour, not joined. */
public record Scatter(String name, double[] x, double[] y, Marker marker, Colour colour) implements Layer {
    public Scatter {
        if (x.length != y.length) {
            throw new IllegalArgumentException("scatter " + name + ": " + x.length + " x values for " + y.length + " y values");
        }
    }

    @Override
    public List<double[]> yValues() {
        return List.of(y);
    }
}
