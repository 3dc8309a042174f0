package org.inferenceshift.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.inferenceshift.figure.Axis;
import org.inferenceshift.figure.Band;
import org.inferenceshift.figure.Colour;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.Heading;
import org.inferenceshift.figure.HeatMap;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Line;
import org.inferenceshift.figure.Placeholder;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Style;
import org.inferenceshift.figure.TextStyle;
import org.inferenceshift.figure.Ticks;
import org.junit.jupiter.api.Test;

class FigureRendererTest {
    private static final Colour BAND = Colour.of(0xD55E00);

    @Test
    void aHeadedGridIsItsColumnsOfPanelsUnderTheHeading() throws IOException {
        Plot plot = Plot.builder(300, 200, "p").add(Line.of("s", new double[] {1, 2, 3}, new double[] {1, 4, 9})).build();
        Placeholder empty = new Placeholder(300, 200, "none", "no value");
        BufferedImage image = decode(FigureRenderer.png(Figure.headed(new Heading("T", "sub"), 2,
                List.of(plot, plot, empty))));
        assertEquals(2 * 300, image.getWidth());
        assertEquals(FigureRenderer.HEADING_HEIGHT + 2 * 200, image.getHeight());
        // the empty cell right of the placeholder stays white
        assertEquals(0xFFFFFF, image.getRGB(450, FigureRenderer.HEADING_HEIGHT + 300) & 0xFFFFFF);
        assertFalse(image.getColorModel().hasAlpha());
    }

    @Test
    void aFigureWithAnAlphaChannelIsStoredWithOneButOpaque() throws IOException {
        Plot plot = Plot.builder(200, 150, "p").add(Line.of("s", new double[] {1, 2}, new double[] {1, 2})).build();
        BufferedImage image = decode(FigureRenderer.png(Figure.grid(2, List.of(plot, plot)).withAlphaChannel()));
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals(400, image.getWidth());
        assertEquals(0xFF, image.getRGB(10, 10) >>> 24);
    }

    @Test
    void sameFigureGivesTheSameBytes() throws IOException {
        Figure figure = Figure.of(Plot.builder(400, 300, "p")
                .add(Line.of("s", new double[] {1, 2, 3}, new double[] {3, 1, 2})).build());
        assertArrayEquals(FigureRenderer.png(figure), FigureRenderer.png(figure));
    }

    /**
     * On fixed axes, a band from 4 to 6 and one from 2 to 8 differ only in height: the second covers three
     * times as many pixels of a column as the first (within a few pixels of anti-aliased edge).
     */
    @Test
    void aBandFillsBetweenItsQuantiles() {
        int narrow = tintedPixelsInMiddleColumn(4, 6);
        int wide = tintedPixelsInMiddleColumn(2, 8);
        assertTrue(narrow > 10, "the narrow band covers " + narrow + " pixels");
        assertEquals(3.0, (double) wide / narrow, 0.15, "wide " + wide + " / narrow " + narrow);
    }

    @Test
    void heatMapCellsTakeTheScaleColourOfTheirValue() {
        HeatMap map = new HeatMap(400, 300, "map", "x", "y", List.of("a", "b"), List.of("r"),
                List.of(new HeatMap.Cell(0, 0, -1), new HeatMap.Cell(1, 0, 1)), -1, 1,
                List.of(Colour.of(0x0000FF), Colour.WHITE, Colour.of(0xFF0000)), false, TextStyle.plain(11), 0, "v",
                Legend.RIGHT, Style.PLAIN);
        Set<Integer> colours = colours(FigureRenderer.render(Figure.of(map)));
        assertTrue(colours.contains(0x0000FF), "the cell at the minimum is the scale's first colour");
        assertTrue(colours.contains(0xFF0000), "the cell at the maximum is the scale's last colour");

        HeatMap one = new HeatMap(400, 300, "map", "x", "y", List.of("a", "b"), List.of("r"),
                List.of(new HeatMap.Cell(1, 0, 1)), -1, 1,
                List.of(Colour.of(0x0000FF), Colour.WHITE, Colour.of(0xFF0000)), false, TextStyle.plain(11), 0, "v",
                Legend.HIDDEN, Style.PLAIN);
        assertFalse(colours(FigureRenderer.render(Figure.of(one))).contains(0x0000FF), "no cell, no colour");
    }

    @Test
    void betweenRowsTicksGetDistinctInvisibleLabels() {
        Ticks.Rows rows = (Ticks.Rows) Ticks.rows(List.of("C1  hhi", "C2  gini"));
        assertEquals("C1  hhi", XyCharts.rowLabel(rows, 2));
        assertEquals("C2  gini", XyCharts.rowLabel(rows, 1));
        String between = XyCharts.rowLabel(rows, 1.5);
        assertTrue(between.chars().allMatch(c -> c == '\u200B'));
        assertNotEquals(between, XyCharts.rowLabel(rows, 1.25));
    }

    @Test
    void longTitlesAreCutWithAnEllipsisOnlyWhenTheyDoNotFit() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        java.awt.FontMetrics fm = scratch.createGraphics().getFontMetrics(FigureRenderer.TITLE_FONT);
        assertEquals("short", FigureRenderer.fit(fm, "short", 200));
        String cut = FigureRenderer.fit(fm, "a title far too long for a panel of this width", 120);
        assertTrue(cut.endsWith("...") && fm.stringWidth(cut) <= 120, cut);
        assertTrue("a title far too long for a panel of this width".startsWith(cut.substring(0, cut.length() - 3)));
    }

    private static int tintedPixelsInMiddleColumn(double lower, double upper) {
        Plot plot = Plot.builder(400, 400, "band").x(Axis.linear("x").withRange(0.0, 10.0))
                .y(Axis.linear("y").withRange(0.0, 10.0)).legend(Legend.HIDDEN)
                .add(new Band("mean", null, new double[] {0, 10}, new double[] {5, 5}, new double[] {lower, lower},
                        new double[] {upper, upper}, BAND, 50, 1f))
                .build();
        BufferedImage image = FigureRenderer.render(Figure.of(plot));
        int tinted = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int rgb = image.getRGB(image.getWidth() / 2 + 7, y) & 0xFFFFFF;
            int red = rgb >> 16 & 0xFF;
            int blue = rgb & 0xFF;
            // the band's orange over white: red stays high, blue drops
            if (red > 240 && blue < 235 && blue > 150) {
                tinted++;
            }
        }
        return tinted;
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
