package org.inferenceshift.figure;

/** Marks on a plot that are not data: reference lines and notes, drawn over the data in order. */
public sealed interface Annotation {
    /** A line across the whole plot at {@code value}: vertical (at an x) or horizontal (at a y). */
    record ReferenceLine(double value, boolean vertical) implements Annotation {
    }

    /** Text centred at a point in data coordinates. */
    record Note(String text, double x, double y) implements Annotation {
    }
}
