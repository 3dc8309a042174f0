package org.inferenceshift.output;

import java.util.function.Function;

/**
 * What a per-row CSV column is: its header name, unit, meaning and how a row becomes its cell. The column
 * enums ({@link ModelColumn}, {@link RegulatorColumn}) each hold one, so the shape is written once.
 */
public record ColumnSpec<R>(String column, String unit, String description, Function<R, String> value) {
}
