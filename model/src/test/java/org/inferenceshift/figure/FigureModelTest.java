package org.inferenceshift.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureModelTest {

    @Test
    void aBandOutlineRunsAlongTheUpperQuantileThenBackAlongTheLower() {
        Band band = Band.of("mean", null, List.of(new double[] {1, 5, 4, 6}, new double[] {2, 6, 3, 9},
                new double[] {3, 7, 5, 8}), Colour.BLACK, 50, 2f);
        assertArrayEquals(new double[] {1, 2, 3}, band.x());
        assertArrayEquals(new double[] {5, 6, 7}, band.centre());
        double[][] outline = band.outline();
        assertArrayEquals(new double[] {1, 2, 3, 3, 2, 1}, outline[0]);
        assertArrayEquals(new double[] {6, 9, 8, 5, 3, 4}, outline[1]);
    }

    @Test
    void aLogAxisRefusesZeroAndNegativeValuesButKeepsGaps() {
        Line gaps = Line.of("copies", new double[] {1, 2, 3}, new double[] {10, Double.NaN, 1000});
        Plot.builder(100, 100, "fine").y(Axis.log("copies")).add(gaps).build();

        Line zero = Line.of("revenue", new double[] {1, 2}, new double[] {10, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plot.builder(100, 100, "t").y(Axis.log("USD")).add(zero).build());
        assertEquals("revenue: 0.0 on a logarithmic y axis (values there must be positive)", e.getMessage());

        Band negativeEdge = new Band("mean", null, new double[] {1}, new double[] {2}, new double[] {-1},
                new double[] {3}, Colour.BLACK, 50, 2f);
        assertThrows(IllegalArgumentException.class,
                () -> Plot.builder(100, 100, "t").y(Axis.log("E")).add(negativeEdge).build());
        Line fromZero = Line.of("users", new double[] {0, 1000}, new double[] {1, 2});
        assertThrows(IllegalArgumentException.class,
                () -> Plot.builder(100, 100, "t").x(Axis.log("users")).add(fromZero).build());
        // the same values on linear axes are fine
        Plot.builder(100, 100, "t").add(zero).add(negativeEdge).build();
    }

    @Test
    void heatMapCellsMustLieInTheGrid() {
        List<String> columns = List.of("a", "b");
        List<String> rows = List.of("r");
        HeatMap map = heatMap(columns, rows, List.of(new HeatMap.Cell(1, 0, 0.5)));
        assertEquals(List.of(new HeatMap.Cell(1, 0, 0.5)), map.cells());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> heatMap(columns, rows, List.of(new HeatMap.Cell(2, 0, 0.5))));
        assertEquals("heat map cell (2, 0) outside its 2 columns and 1 rows", e.getMessage());
    }

    @Test
    void rowTicksLabelEachRowFromTheTopAndNothingBetween() {
        Ticks.Rows rows = (Ticks.Rows) Ticks.rows(List.of("top", "middle", "bottom"));
        assertEquals("top", rows.labelAt(3));
        assertEquals("middle", rows.labelAt(2.0000001));
        assertEquals("bottom", rows.labelAt(1));
        assertNull(rows.labelAt(1.5));
        assertNull(rows.labelAt(0));
        assertNull(rows.labelAt(4));
    }

    @Test
    void monthsAreDecimalYearsFromTheFirstDayOfEachMonth() {
        // 2024-01-01 is day 19723 after 1970-01-01; 2024-02-01 is 31 days later
        assertEquals(1970 + 19723 / 365.25, DecimalYear.of(YearMonth.of(2024, 1)), 1e-12);
        assertArrayEquals(new double[] {1970 + 19723 / 365.25, 1970 + 19754 / 365.25},
                DecimalYear.months(YearMonth.of(2024, 1), 2), 1e-12);
    }

    @Test
    void timeAxisLabelsYearsAndMonths() {
        assertEquals("2027", DecimalYear.label(2027.0));
        assertEquals("2027-07", DecimalYear.label(2027.5));
        assertEquals("2028", DecimalYear.label(2027.99999));
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
    void coloursAreRgbWithAnOpacity() {
        Colour c = Colour.of(0x2166AC);
        assertEquals(0x21, c.red());
        assertEquals(0x66, c.green());
        assertEquals(0xAC, c.blue());
        assertEquals(255, c.alpha());
        assertEquals(new Colour(0x2166AC, 60), c.withAlpha(60));
        assertThrows(IllegalArgumentException.class, () -> new Colour(0x1000000, 255));
        assertThrows(IllegalArgumentException.class, () -> new Colour(0, 256));
    }

    @Test
    void aGridHasAsManyRowsAsItsPanelsFill() {
        Placeholder p = new Placeholder(10, 10, "t", "m");
        assertEquals(2, Figure.grid(2, List.of(p, p, p)).rows());
        assertEquals(1, Figure.grid(2, List.of(p, p)).rows());
        assertThrows(IllegalArgumentException.class, () -> Figure.grid(2, List.of()));
    }

    private static HeatMap heatMap(List<String> columns, List<String> rows, List<HeatMap.Cell> cells) {
        return new HeatMap(200, 200, "t", "x", "y", columns, rows, cells, -1, 1,
                List.of(Colour.of(0x0000FF), Colour.WHITE, Colour.of(0xFF0000)), false, TextStyle.plain(11), 0, "v",
                Legend.RIGHT, Style.PLAIN);
    }
}
