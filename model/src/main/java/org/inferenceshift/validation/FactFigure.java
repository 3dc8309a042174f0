package org.inferenceshift.validation;

import org.inferenceshift.report.PercentileBand;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.inferenceshift.report.ChartRenderer;
import org.inferenceshift.report.TickLabels;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One PNG per fact: the model's quantity over time (mean across seeds inside its 95% range across seeds)
 * against the observed value in the fact's month, drawn with the band it should fall in as a vertical bar.
 * Dates are decimal years. The drawing depends only on the results, so the same runs give the same file.
 */
final class FactFigure {
    private static final Color MODEL = new Color(0x0072B2);
    private static final Color OBSERVED = new Color(0xD55E00);
    private static final double DAYS_PER_YEAR = 365.25;
    private static final double EPOCH_YEAR = 1970;

    private FactFigure() {
    }

    static void write(FactResult result, Validation.Outcome outcome, Path file) throws IOException {
        StylizedFact fact = result.fact();
        XYChart chart = new XYChartBuilder().width(900).height(540)
                .title(fact.id() + ": " + fact.title())
                .xAxisTitle("month").yAxisTitle(fact.unit()).build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setMarkerSize(10);
        styler.setxAxisTickLabelsFormattingFunction(ChartRenderer::yearMonth);
        if (fact.logAxis()) {
            // XChart draws a linear axis whenever a tick formatting function is set, so log axes keep its labels
            styler.setYAxisLogarithmic(true);
        } else {
            styler.setyAxisTickLabelsFormattingFunction(TickLabels::format);
        }
        addModel(chart, result, outcome);
        addObserved(chart, fact);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void addModel(XYChart chart, FactResult result, Validation.Outcome outcome) {
        List<double[]> rows = new ArrayList<>();
        boolean log = result.fact().logAxis();
        for (int t = 0; t < outcome.months(); t++) {
            List<Double> defined = new ArrayList<>();
            for (double[] run : result.series()) {
                double v = run[t];
                if (!Double.isNaN(v) && !Double.isInfinite(v) && (!log || v > 0)) {
                    defined.add(v);
                }
            }
            if (!defined.isEmpty()) {
                double[] v = defined.stream().mapToDouble(Double::doubleValue).toArray();
                rows.add(new double[] {year(outcome.start().plusMonths(t)), StatUtils.mean(v),
                        FactResult.percentile(v, FactResult.LOWER_PERCENTILE), FactResult.percentile(v, FactResult.UPPER_PERCENTILE)});
            }
        }
        PercentileBand.add(chart,
                String.format(Locale.ROOT, "model mean (%s, %,d users)", outcome.scenarioName(), outcome.agents()),
                String.format(Locale.ROOT, "model 95%% range across %d seeds", result.runs()),
                rows, MODEL, 60, 2.5f);
    }

    private static void addObserved(XYChart chart, StylizedFact fact) {
        double when = year(fact.month());
        XYSeries band = chart.addSeries(String.format(Locale.ROOT, "band the model should fall in (%s to %s)",
                        ValidationTable.number(fact.bandLow()), ValidationTable.number(fact.bandHigh())),
                new double[] {when, when}, new double[] {fact.bandLow(), fact.bandHigh()});
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        band.setLineColor(OBSERVED);
        band.setLineStyle(new BasicStroke(6f));
        band.setMarker(SeriesMarkers.NONE);
        XYSeries point = chart.addSeries("observed, " + fact.month(), new double[] {when}, new double[] {fact.observed()});
        point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        point.setMarker(SeriesMarkers.DIAMOND);
        point.setMarkerColor(Color.BLACK);
    }

    /** The first day of a month as a decimal year. */
    private static double year(YearMonth month) {
        return EPOCH_YEAR + month.atDay(1).toEpochDay() / DAYS_PER_YEAR;
    }
}
