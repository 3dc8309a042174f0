package org.inferenceshift.figure;

import java.util.List;

/**
 * One image: an optional heading, then its panels in a grid, {@code columns} to a row, each cell the size
 * of the first panel.
 *
 * @param heading      null: none
 * @param alphaChannel store the image with an alpha channel (every pixel is still opaque); the claims
 *                     figures have always been stored so, and keep it while their bytes must not change
 */
public record Figure(Heading heading, int columns, List<Panel> panels, boolean alphaChannel) {
    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs a panel and at least one column");
        }
    }

    public static Figure of(Panel panel) {
        return new Figure(null, 1, List.of(panel), false);
    }

    public static Figure grid(int columns, List<? extends Panel> panels) {
        return new Figure(null, columns, List.copyOf(panels), false);
    }

    public static Figure headed(Heading heading, int columns, List<? extends Panel> panels) {
        return new Figure(heading, columns, List.copyOf(panels), false);
    }

    public Figure withAlphaChannel() {
        return new Figure(heading, columns, panels, true);
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }
}
