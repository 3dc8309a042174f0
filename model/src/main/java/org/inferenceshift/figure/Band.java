package org.inferenceshift.figure;

import java.util.List;

/**
 * A central line inside a shaded band from a lower to an upper quantile, at each x (in x order): the band
 * in the line's colour, translucent.
 *
 * @param name      the line's legend label
 * @param bandName  the band's legend label, or null to keep the band out of the legend
 * @param centre    the line (a mean or median) at each x
 * @param lower     the band's lower edge at each x
 * @param upper     the band's upper edge at each x
 * @param fillAlpha opacity of the band, 0-255
 * @param lineWidth width of the line in pixels
 */
public record Band(String name, String bandName, double[] x, double[] centre, double[] lower, double[] upper,
                   Colour colour, int fillAlpha, float lineWidth) implements Layer {
    public Band {
        if (centre.length != x.length || lower.length != x.length || upper.length != x.length) {
            throw new IllegalArgumentException("band " + name + ": x, centre, lower and upper differ in length");
        }
    }

    /**
     * @param rows {@code {x, centre, lower, upper}} per point, in x order
     */
    public static Band of(String name, String bandName, List<double[]> rows, Colour colour, int fillAlpha,
                          float lineWidth) {
        int n = rows.size();
        double[][] columns = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 4; c++) {
                columns[c][i] = rows.get(i)[c];
            }
        }
        return new Band(name, bandName, columns[0], columns[1], columns[2], columns[3], colour, fillAlpha, lineWidth);
    }

    /**
     * The band as one closed outline: the upper edge forwards, then the lower edge backwards.
     *
     * @return {@code {x, y}} of the outline's points
     */
    public double[][] outline() {
        int n = x.length;
        double[] ox = new double[2 * n];
        double[] oy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            ox[i] = x[i];
            oy[i] = upper[i];
            ox[2 * n - 1 - i] = x[i];
            oy[2 * n - 1 - i] = lower[i];
        }
        return new double[][] {ox, oy};
    }

    public boolean isEmpty() {
        return x.length == 0;
    }

    @Override
    public List<double[]> yValues() {
        return List.of(centre, lower, upper);
    }
}
