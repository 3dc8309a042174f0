package org.inferenceshift.report;

import java.util.List;

/**
 * A chart file of a run: a title and a grid of panels sharing the time axis.
 *
 * @param fileName name of the PNG inside the run's {@code charts/} folder
 */
public record Figure(String fileName, String title, List<Panel> panels) {
    public Figure {
        panels = List.copyOf(panels);
    }
}
