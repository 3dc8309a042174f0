package org.inferenceshift.figure;

import java.util.List;

/**
 * Points joined by a line; NaN where the quantity is undefined (a gap).
 *
 * @param colour   null: the next colour of the plot's palette
 * @param stroke   null: the renderer's own line for its position
 * @param marker   null: the renderer's own marker for its position
 * @param inLegend false keeps it out of the legend
 */
public record Line(String name, double[] x, double[] y, Colour colour, Stroke stroke, Marker marker, boolean inLegend)
        implements Layer {
    public Line {
        if (x.length != y.length) {
            throw new IllegalArgumentException("line " + name + ": " + x.length + " x values for " + y.length + " y values");
        }
    }

    /** A line that takes its colour, stroke and marker from its position in the plot. */
    public static Line of(String name, double[] x, double[] y) {
        return new Line(name, x, y, null, null, null, true);
    }

    /** An unmarked line of one colour and stroke. */
    public static Line of(String name, double[] x, double[] y, Colour colour, Stroke stroke) {
        return new Line(name, x, y, colour, stroke, Marker.NONE, true);
    }

    public Line withMarker(Marker symbol) {
        return new Line(name, x, y, colour, stroke, symbol, inLegend);
    }

    public Line outOfLegend() {
        return new Line(name, x, y, colour, stroke, marker, false);
    }

    public boolean hasData() {
        for (double v : y) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<double[]> yValues() {
        return List.of(y);
    }
}
