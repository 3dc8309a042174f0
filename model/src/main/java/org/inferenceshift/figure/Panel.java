package org.inferenceshift.figure;

/** One picture of a figure, of a size in pixels: a plot, a heat map, or a placeholder where there is nothing to plot. */
public sealed interface Panel permits Plot, HeatMap, Placeholder {
    int width();

    int height();
}
