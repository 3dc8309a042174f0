package org.inferenceshift.figure;

import java.util.List;

/**
 * The look shared by the plots of one kind of figure: borders, grid, text and the colours series take
 * when they name none. Each kind of figure (run, claims, batch, validation, bench) keeps its own look.
 *
 * @param plotBorder   the line around the plot area
 * @param grid         colour of the grid lines
 * @param gridLine     how the grid lines are drawn
 * @param axisTitles   the axis titles
 * @param tickLabels   the axes' tick labels
 * @param legend       the legend's entries
 * @param legendBorder the line around the legend
 * @param markerSize   markers' diameter in pixels (0: no markers at all)
 * @param palette      colours of series that name none, in order; empty: the renderer's own
 */
public record Style(Colour plotBorder, Colour grid, Stroke gridLine, TextStyle axisTitles, TextStyle tickLabels,
                    TextStyle legend, Colour legendBorder, int markerSize, List<Colour> palette) {
    /** A plot that chooses nothing: grey border and dashed grey grid, bold 12-point axis text, grey legend border. */
    public static final Style PLAIN = new Style(Colour.of(0x828282), Colour.of(0xD2D2D2), Stroke.dashed(1f, 3f, 5f),
            TextStyle.bold(12), TextStyle.bold(12), TextStyle.plain(11), Colour.of(0x828282), 8, List.of());

    public Style {
        palette = List.copyOf(palette);
    }

    public Style withGrid(Colour colour) {
        return new Style(plotBorder, colour, gridLine, axisTitles, tickLabels, legend, legendBorder, markerSize, palette);
    }

    public Style withMarkerSize(int size) {
        return new Style(plotBorder, grid, gridLine, axisTitles, tickLabels, legend, legendBorder, size, palette);
    }

    public Style withTickLabels(TextStyle text) {
        return new Style(plotBorder, grid, gridLine, axisTitles, text, legend, legendBorder, markerSize, palette);
    }

    public Style withLegendBorder(Colour colour) {
        return new Style(plotBorder, grid, gridLine, axisTitles, tickLabels, legend, colour, markerSize, palette);
    }
}
