package org.inferenceshift.figure;

/** Text of a figure: every figure is set in the sans-serif face; this is its size in points and weight. */
public record TextStyle(int size, boolean bold) {
    public static TextStyle plain(int size) {
        return new TextStyle(size, false);
    }

    public static TextStyle bold(int size) {
        return new TextStyle(size, true);
    }
}
