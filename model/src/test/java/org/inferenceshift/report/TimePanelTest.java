package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.Heading;
import org.inferenceshift.figure.Line;
import org.inferenceshift.figure.Panel;
import org.inferenceshift.figure.Marker;
import org.inferenceshift.figure.Placeholder;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;
import org.inferenceshift.render.FigureRenderer;
import org.junit.jupiter.api.Test;

class TimePanelTest {
    private static final int MONTHS = 36;
    private static final double[] YEARS = new double[MONTHS];

    static {
        for (int t = 0; t < MONTHS; t++) {
            YEARS[t] = 2024 + t / 12.0;
        }
    }

    @Test
    void valuesSpanningOrdersOfMagnitudeGetALogAxisUnlessOneIsNotPositive() {
        double[] orders = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            orders[t] = Math.pow(10, 6 - t / 4.0);
        }
        assertTrue(plot("USD", orders).y().log());
        double[] withZero = orders.clone();
        withZero[3] = 0;
        assertFalse(plot("USD", withZero).y().log());
        double[] narrow = constant(5);
        narrow[0] = 400;
        assertFalse(plot("USD", narrow).y().log(), "400 / 5 is less than two orders of magnitude");
    }

    @Test
    void aFlatLineGetsARangeAroundItsValue() {
        Plot share = plot("share", constant(0.35));
        assertEquals(0.0, share.y().min());
        assertEquals(1.1, share.y().max());
        Plot usd = plot("USD", constant(250));
        assertEquals(0.0, usd.y().min());
        assertEquals(500.0, usd.y().max());
        Plot negative = plot("USD", constant(-3));
        assertEquals(-6.0, negative.y().min());
        assertEquals(0.0, negative.y().max());
        double[] moving = constant(250);
        moving[5] = 251;
        assertNull(plot("USD", moving).y().min(), "a moving line keeps the fitted range");
    }

    @Test
    void aLoneValueBetweenGapsGetsAMarkerAndOnlyLinesWithDataAreDrawn() {
        double[] lone = constant(Double.NaN);
        lone[7] = 3;
        double[] joined = constant(Double.NaN);
        joined[7] = 3;
        joined[8] = 4;
        TimePanel panel = new TimePanel("p", "u", YEARS, List.of(new TimePanel.Series("lone", lone),
                new TimePanel.Series("joined", joined), new TimePanel.Series("none", constant(Double.NaN))));
        Plot plot = (Plot) panel.panel();
        assertEquals(List.of("lone", "joined"), plot.layers().stream().map(l -> l.name()).toList());
        assertEquals(Marker.CIRCLE, ((Line) plot.layers().get(0)).marker());
        assertEquals(Marker.NONE, ((Line) plot.layers().get(1)).marker());
        assertTrue(plot.legend().visible(), "two lines need a legend");
        assertFalse(plot("u", constant(1)).legend().visible(), "one line needs none");
    }

    @Test
    void aPanelWithoutAnyValueIsAPlaceholderSayingSo() {
        TimePanel panel = new TimePanel("nothing", "u", YEARS, List.of(new TimePanel.Series("s", constant(Double.NaN))));
        Placeholder placeholder = assertInstanceOf(Placeholder.class, panel.panel());
        assertEquals("nothing", placeholder.title());
        assertEquals(TimePanel.NO_DATA, placeholder.message());
    }

    @Test
    void panelsWithGapsFlatLinesLogScalesAndNoDataAllRender() throws IOException {
        double[] gaps = constant(1.5);
        Arrays.fill(gaps, 0, 10, Double.NaN);
        double[] orders = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            orders[t] = Math.pow(10, 6 - t / 4.0);
        }
        List<Panel> panels = List.of(
                new TimePanel("gaps", "x", YEARS, List.of(new TimePanel.Series("gaps", gaps))).panel(),
                new TimePanel("flat", "share", YEARS, List.of(new TimePanel.Series("flat", constant(0.35)),
                        new TimePanel.Series("zero", new double[MONTHS]))).panel(),
                new TimePanel("orders", "USD", YEARS, List.of(new TimePanel.Series("orders", orders))).panel(),
                new TimePanel("none", "USD", YEARS, List.of(new TimePanel.Series("none", constant(Double.NaN)))).panel());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                FigureRenderer.png(Figure.headed(new Heading("Test figure", "test"), 2, panels))));
        assertEquals(2 * TimePanel.WIDTH, image.getWidth());
        assertEquals(64 + 2 * TimePanel.HEIGHT, image.getHeight());
    }

    @Test
    void panelTitlesAreTheMetricsTitlesInWordsWithTheirUnit() {
        // one metric: its title and unit; the unit left out when the title says it already
        assertEquals("Industry revenue [USD/month]", RunFigures.panelTitle(List.of(Metric.REVENUE_TOTAL)));
        assertEquals("Active labs", RunFigures.panelTitle(List.of(Metric.ACTIVE_LABS)));
        assertEquals("Largest lab's share of paying subscribers", RunFigures.panelTitle(List.of(Metric.CR1_PAYING_USERS)));
        // two that fit are joined, the second without its capital
        assertEquals("Lab entries and lab exits [labs/month]", RunFigures.panelTitle(List.of(Metric.ENTRIES, Metric.EXITS)));
        // many: the words their titles share
        assertEquals("Concentration (HHI) [0-10000]", RunFigures.panelTitle(List.of(Metric.HHI_REVENUE, Metric.HHI_USERS,
                Metric.HHI_PAYING_USERS)));
        assertEquals("Spend on ... [share of compute spend]", RunFigures.panelTitle(List.of(Metric.SPEND_SHARE_PRETRAINING,
                Metric.SPEND_SHARE_POSTTRAINING, Metric.SPEND_SHARE_INFERENCE, Metric.SPEND_SHARE_IDA)));
        // no column name is left in any panel title of any group
        for (MetricGroup group : MetricGroup.values()) {
            java.util.Map<String, List<Metric>> byUnit = new java.util.LinkedHashMap<>();
            java.util.Arrays.stream(Metric.values()).filter(m -> m.group() == group)
                    .forEach(m -> byUnit.computeIfAbsent(m.unit(), u -> new java.util.ArrayList<>()).add(m));
            for (List<Metric> panel : byUnit.values()) {
                String title = RunFigures.panelTitle(panel);
                for (Metric m : panel) {
                    assertFalse(title.contains(m.column()) && m.column().contains("_"), title);
                }
            }
        }
    }

    private static Plot plot(String unit, double[] values) {
        return (Plot) new TimePanel("p", unit, YEARS, List.of(new TimePanel.Series("s", values))).panel();
    }

    private static double[] constant(double v) {
        double[] values = new double[MONTHS];
        Arrays.fill(values, v);
        return values;
    }
}
