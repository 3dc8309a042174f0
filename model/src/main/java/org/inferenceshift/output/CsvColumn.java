package org.inferenceshift.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a per-row CSV file whose names, units and meanings are written in one enum; the CSV header,
 * its rows and {@code docs/METRICS.md} all read them from there.
 */
public interface CsvColumn<R> {
    ColumnSpec<R> spec();

    default String column() { return spec().column(); }
    default String unit() { return spec().unit(); }
    default String description() { return spec().description(); }

    /** The cell of this column for {@code row}, as written to the CSV. */
    default String cell(R row) {
        return spec().value().apply(row);
    }

    /** The header names of {@code columns}, in order. */
    static <R> List<String> header(CsvColumn<R>[] columns) {
        List<String> header = new ArrayList<>(columns.length);
        for (CsvColumn<R> column : columns) {
            header.add(column.column());
        }
        return header;
    }

    /** Appends the cells of {@code row} for {@code columns}, in order, to {@code cells}. */
    static <R> void appendCells(CsvColumn<R>[] columns, R row, List<String> cells) {
        for (CsvColumn<R> column : columns) {
            cells.add(column.cell(row));
        }
    }
}
