package org.inferenceshift.figure;

/** Stands in for a plot with no data: its title in a frame, and a line saying why it is empty. */
public record Placeholder(int width, int height, String title, String message) implements Panel {
}
