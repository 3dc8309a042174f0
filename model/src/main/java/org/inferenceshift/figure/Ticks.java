package org.inferenceshift.figure;

import java.util.List;

/** How an axis labels its ticks. */
public sealed interface Ticks {
    /** The renderer's own labels. */
    Ticks AUTOMATIC = new Automatic();
    /** Dates: the axis holds decimal years ({@link DecimalYear}), labelled "2027" or "2027-07". */
    Ticks DATES = new Dates();
    /** Compact numbers ({@link TickLabels}). */
    Ticks NUMBERS = new Numbers();
    /** No ticks and no labels. */
    Ticks NONE = new Hidden();

    /** Numbers in a {@link java.text.DecimalFormat} pattern, e.g. {@code "0"} or {@code "#,###"}. */
    static Ticks pattern(String pattern) {
        return new Pattern(pattern);
    }

    /** One label per row: the rows sit at 1, 2, ... n, the first label at the top (n), no label between rows. */
    static Ticks rows(List<String> topToBottom) {
        return new Rows(topToBottom);
    }

    record Automatic() implements Ticks {
    }

    record Dates() implements Ticks {
    }

    record Numbers() implements Ticks {
    }

    record Hidden() implements Ticks {
    }

    record Pattern(String pattern) implements Ticks {
    }

    record Rows(List<String> labels) implements Ticks {
        public Rows {
            labels = List.copyOf(labels);
        }

        /** The label of the row at {@code position}, or null between rows and beyond the last. */
        public String labelAt(double position) {
            long row = Math.round(position);
            if (Math.abs(position - row) > 1e-6 || row < 1 || row > labels.size()) {
                return null;
            }
            return labels.get(labels.size() - (int) row);
        }
    }
}
