package org.inferenceshift.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A mean line inside a shaded percentile band, on an XChart XY chart: the band is one polygon (upper edge
 * forwards, lower edge backwards), translucent in the line's colour and left out of the legend.
 */
public final class PercentileBand {
    private PercentileBand() {
    }

    /**
     * @param rows {@code {x, mean, low, high}} per point, in x order; nothing is drawn without rows
     */
    public static void add(XYChart chart, String label, List<double[]> rows, Color colour) {
        add(chart, label, null, rows, colour, 50, 2.5f);
    }

    /**
     * @param lineLabel  legend label of the mean line
     * @param bandLabel  legend label of the band, or null to keep the band out of the legend
     * @param rows       {@code {x, mean, low, high}} per point, in x order; nothing is drawn without rows
     * @param bandAlpha  opacity of the band's fill, 0-255
     * @param lineWidth  width of the mean line in pixels
     */
    public static void add(XYChart chart, String lineLabel, String bandLabel, List<double[]> rows, Color colour,
                           int bandAlpha, float lineWidth) {
        int n = rows.size();
        if (n == 0) {
            return;
        }
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] polygonX = new double[2 * n];
        double[] polygonY = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i);
            x[i] = row[0];
            mean[i] = row[1];
            polygonX[i] = row[0];
            polygonY[i] = row[3];
            polygonX[2 * n - 1 - i] = row[0];
            polygonY[2 * n - 1 - i] = row[2];
        }
        XYSeries area = chart.addSeries(bandLabel != null ? bandLabel : lineLabel + " band", polygonX, polygonY);
        area.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        area.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), bandAlpha));
        area.setLineColor(new Color(0, 0, 0, 0));
        area.setMarker(SeriesMarkers.NONE);
        area.setShowInLegend(bandLabel != null);
        XYSeries line = chart.addSeries(lineLabel, x, mean);
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setLineColor(colour);
        line.setLineStyle(new BasicStroke(lineWidth));
        line.setMarker(SeriesMarkers.NONE);
    }
}
