package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricRow;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;

/** The live charts' structure and formatting, without a display: sets, titles, legends, axes, numbers. */
class MetricChartsTest {
    @Test
    void everyMetricIsInExactlyOneSmallChartTitledInWords() {
        List<Metric> charted = new ArrayList<>();
        for (ChartSet set : ChartSet.all()) {
            charted.addAll(set.metrics());
            assertTrue(set.metrics().size() <= 4, set.title() + " has " + set.metrics().size() + " lines");
            assertTrue(set.metrics().stream().map(Metric::unit).distinct().count() == 1, set.title() + " mixes units");
            assertTrue(set.title().matches("[A-Z][^_]*"), "a title in words, not a column name: " + set.title());
        }
        assertEquals(List.of(Metric.values()), charted.stream().sorted().toList());
        assertEquals(Metric.values().length, charted.stream().distinct().count(), "each metric once");
    }

    @Test
    void chartsOfSeveralLinesHaveTheirOwnLegendAndTooltipsNameTheColumns() {
        MetricCharts charts = new MetricCharts("2024-01");
        for (MetricCharts.View view : charts.views()) {
            if (view.set().metrics().size() > 1) {
                assertTrue(view.chart().getLegend() != null, view.set().title() + " needs a legend");
                for (Metric metric : view.set().metrics()) {
                    assertEquals(metric.title(), charts.series(metric).getKey(), "the legend names the line in words");
                }
            } else {
                assertNull(view.chart().getLegend(), view.set().title() + ": one line, its title says what it is");
            }
            String tooltip = MetricCharts.tooltip(view.set());
            view.set().metrics().forEach(m -> assertTrue(tooltip.contains("<tt>" + m.column() + "</tt>"), tooltip));
        }
    }

    @Test
    void valuesSpanningOrdersOfMagnitudeGetALogAxisAndLoseItWhenTheyStop() {
        MetricCharts charts = new MetricCharts("2024-01");
        List<MetricRow> rows = new ArrayList<>();
        for (int month = 0; month < 4; month++) {
            double tenToTheMonth = Math.pow(10, month); // 1 to 1000: three orders of magnitude
            rows.add(MetricRow.of(month, m -> m == Metric.FLOP_PER_USD ? tenToTheMonth
                    : m == Metric.HHI_REVENUE ? 0 : 1)); // a zero: never a log axis
        }
        charts.show(0, rows);
        assertTrue(charts.view(Metric.FLOP_PER_USD).plot().getRangeAxis() instanceof LogAxis);
        assertFalse(charts.view(Metric.HHI_REVENUE).isLog());
        assertFalse(charts.view(Metric.ACTIVE_LABS).isLog(), "a flat line");

        charts.show(0, List.of(MetricRow.of(0, m -> 1), MetricRow.of(1, m -> 1)));
        assertFalse(charts.view(Metric.FLOP_PER_USD).isLog(), "a new run within one order of magnitude: linear again");
    }

    @Test
    void startingOverFitsEveryAxisToTheNewDataWhateverAZoomLeft() {
        MetricCharts charts = new MetricCharts("2024-01");
        charts.show(0, rows(0, 12));
        charts.show(12, rows(12, 6));
        charts.views().forEach(v -> v.plot().getDomainAxis().setRange(15, 17));
        charts.show(0, rows(0, 12));
        for (MetricCharts.View view : charts.views()) {
            org.jfree.data.Range months = view.plot().getDomainAxis().getRange();
            assertTrue(months.getLowerBound() <= 0 && months.getUpperBound() >= 11, view.set().title() + " " + months);
            org.jfree.data.Range values = view.plot().getRangeAxis().getRange();
            for (Metric m : view.set().metrics()) {
                assertTrue(values.contains(1000 + m.ordinal() + 11), view.set().title() + " " + values);
            }
        }
    }

    /** Months {@code first..first+n-1}, every metric at 1000 + its ordinal + the month. */
    private static List<MetricRow> rows(int first, int n) {
        List<MetricRow> rows = new ArrayList<>();
        for (int month = first; month < first + n; month++) {
            int monthOfRun = month;
            rows.add(MetricRow.of(month, m -> 1000 + m.ordinal() + monthOfRun));
        }
        return rows;
    }

    @Test
    void theTimeAxisShowsDates() {
        MonthFormat months = new MonthFormat(YearMonth.of(2024, 1));
        assertEquals("2024", months.format(0));
        assertEquals("2024-07", months.format(6));
        assertEquals("2025", months.format(12.0));
        assertEquals("2034-12", months.format(131));
    }

    @Test
    void numbersHaveThreeSignificantFiguresAndUnitsOfThousands() {
        assertEquals("0.05", Formats.significant(0.05));
        assertEquals("27.7", Formats.significant(27.654));
        assertEquals("1.5B", Formats.significant(1.5e9));
        assertEquals("132M", Formats.significant(132_456_789));
        assertEquals("1M", Formats.significant(999_800), "rounds up into the next unit");
        assertEquals("3.14e26", Formats.significant(3.14159e26));
        assertEquals("2e-5", Formats.significant(2e-5));
        assertEquals("NA", Formats.significant(Double.NaN));
        assertEquals("$9.66B", Formats.usd(9.6612e9));
        assertEquals("-$4.1M", Formats.usd(-4.1e6));
        assertEquals("$20", Formats.usd(20));
        assertEquals("0", new CompactNumberFormat().format(-1e-9 * 0));
        assertEquals("3e26", new CompactNumberFormat().format(3e26));
        assertNotEquals("-0", new CompactNumberFormat().format(-0.0));
    }
}
