package org.inferenceshift.figure;

import java.util.List;

/**
 * A grid of coloured cells: a value per (column, row), coloured along a scale from {@code min} to
 * {@code max}; cells without a value stay blank.
 *
 * @param columns            the column labels, left to right
 * @param rows               the row labels, bottom to top
 * @param scale              colours from {@code min} to {@code max}, evenly spaced
 * @param showValues         write each cell's value in it
 * @param values             text of the cell values
 * @param columnLabelTilt    degrees the column labels are turned
 * @param name               the cells' name (the legend's)
 */
public record HeatMap(int width, int height, String title, String xTitle, String yTitle, List<String> columns,
                      List<String> rows, List<Cell> cells, double min, double max, List<Colour> scale,
                      boolean showValues, TextStyle values, int columnLabelTilt, String name, Legend legend,
                      Style style) implements Panel {
    public HeatMap {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        cells = List.copyOf(cells);
        scale = List.copyOf(scale);
        for (Cell c : cells) {
            if (c.column() < 0 || c.column() >= columns.size() || c.row() < 0 || c.row() >= rows.size()) {
                throw new IllegalArgumentException("heat map cell (" + c.column() + ", " + c.row() + ") outside its "
                        + columns.size() + " columns and " + rows.size() + " rows");
            }
        }
    }

    /** One cell: its column and row (from 0, rows counted from the bottom) and its value. */
    public record Cell(int column, int row, double value) {
    }
}
