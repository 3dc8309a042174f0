package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {
    private static final int MONTHS = 36;
    private final ChartRenderer renderer = new ChartRenderer(YearMonth.of(2024, 1), MONTHS, "test");

    @Test
    void panelsWithGapsFlatLinesLogScalesAndNoDataAllRender() throws IOException {
        double[] gaps = ramp(1, 2);
        Arrays.fill(gaps, 0, 10, Double.NaN);
        double[] flat = new double[MONTHS];
        Arrays.fill(flat, 0.35);
        double[] orders = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            orders[t] = Math.pow(10, 6 - t / 4.0);
        }
        double[] none = new double[MONTHS];
        Arrays.fill(none, Double.NaN);
        Figure figure = new Figure("test.png", "Test figure", List.of(
                new Panel("gaps", "x", List.of(new Series("gaps", gaps))),
                new Panel("flat", "share", List.of(new Series("flat", flat), new Series("zero", new double[MONTHS]))),
                new Panel("orders", "USD", List.of(new Series("orders", orders))),
                new Panel("none", "USD", List.of(new Series("none", none)))));
        assertTrue(new Panel("orders", "USD", List.of(new Series("orders", orders))).wantsLogAxis());
        assertFalse(new Panel("flat", "share", List.of(new Series("flat", flat))).wantsLogAxis());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(figure)));
        assertEquals(2 * ChartRenderer.PANEL_WIDTH, image.getWidth());
        assertEquals(ChartRenderer.TITLE_HEIGHT + 2 * ChartRenderer.PANEL_HEIGHT, image.getHeight());
    }

    @Test
    void sameFigureGivesTheSameBytes() throws IOException {
        Figure figure = new Figure("f.png", "F", List.of(new Panel("p", "u", List.of(new Series("s", ramp(0, 1))))));
        assertTrue(Arrays.equals(renderer.png(figure), renderer.png(figure)));
    }

    @Test
    void timeAxisLabelsYearsAndMonths() {
        assertEquals("2027", ChartRenderer.yearMonth(2027.0));
        assertEquals("2027-07", ChartRenderer.yearMonth(2027.5));
        assertEquals("2028", ChartRenderer.yearMonth(2027.99999));
    }

    @Test
    void tickLabelsAreCompact() {
        assertEquals("3.2e25", TickLabels.format(3.2e25));
        assertEquals("1.5e-5", TickLabels.format(1.5e-5));
        assertEquals("3,434", TickLabels.format(3434.04));
        assertEquals("0.25", TickLabels.format(0.25));
        assertEquals("NA", TickLabels.format(Double.NaN));
    }

    @Test
    void longPanelTitlesFallBackToTheirCommonPrefix() {
        assertEquals("cr1, cr4", RunFigures.panelTitle(List.of("cr1", "cr4")));
        assertEquals("spend_share_*", RunFigures.panelTitle(List.of("spend_share_pretraining",
                "spend_share_posttraining", "spend_share_inference", "spend_share_ida")));
    }

    private static double[] ramp(double from, double to) {
        double[] v = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            v[t] = from + (to - from) * t / (MONTHS - 1);
        }
        return v;
    }
}
