package org.inferenceshift.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.inferenceshift.figure.Axis;
import org.inferenceshift.figure.Band;
import org.inferenceshift.figure.Colour;
import org.inferenceshift.figure.DecimalYear;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Line;
import org.inferenceshift.figure.Marker;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Scatter;
import org.inferenceshift.figure.Stroke;
import org.inferenceshift.figure.Style;
import org.inferenceshift.figure.Ticks;
import org.inferenceshift.render.FigureRenderer;

/**
 * One PNG per fact: the model's quantity over time (mean across seeds inside its 95% range across seeds)
 * against the observed value in the fact's month, drawn with the band it should fall in as a vertical bar.
 * Dates are decimal years. The drawing depends only on the results, so the same runs give the same file.
 */
public final class FactFigure {
    private static final Colour MODEL = Colour.of(0x0072B2);
    private static final Colour OBSERVED = Colour.of(0xD55E00);
    private static final Style STYLE = Style.PLAIN.withGrid(Colour.of(0xdddddd)).withMarkerSize(10);

    private FactFigure() {
    }

    public static void write(FactResult result, Validation.Outcome outcome, Path file) throws IOException {
        StylizedFact fact = result.fact();
        Plot.Builder chart = Plot.builder(900, 540, fact.id() + ": " + fact.title())
                .x(Axis.linear("month").withTicks(Ticks.DATES))
                .y(Axis.linear(fact.unit()).withLog(fact.logAxis()).withTicks(Ticks.NUMBERS))
                .legend(Legend.BELOW).style(STYLE);
        addModel(chart, result, outcome);
        addObserved(chart, fact);
        FigureRenderer.write(Figure.of(chart.build()), file);
    }

    private static Band model(FactResult result, Validation.Outcome outcome) {
        return Band.of(String.format(Locale.ROOT, "model mean (%s, %,d users)", outcome.scenarioName(), outcome.agents()),
                String.format(Locale.ROOT, "model 95%% range across %d seeds", result.runs()),
                modelRows(result, outcome.start(), outcome.months()), MODEL, 60, 2.5f);
    }

    /**
     * {@code {decimal year, mean, 2.5th, 97.5th percentile}} across seeds, per month with any value; on a log
     * axis, zero and negative values are left out (they have no place on it).
     */
    static List<double[]> modelRows(FactResult result, YearMonth start, int months) {
        List<double[]> rows = new ArrayList<>();
        boolean log = result.fact().logAxis();
        for (int t = 0; t < months; t++) {
            List<Double> defined = new ArrayList<>();
            for (double[] run : result.series()) {
                double v = run[t];
                if (!Double.isNaN(v) && !Double.isInfinite(v) && (!log || v > 0)) {
                    defined.add(v);
                }
            }
            if (!defined.isEmpty()) {
                double[] v = defined.stream().mapToDouble(Double::doubleValue).toArray();
                rows.add(new double[] {DecimalYear.of(start.plusMonths(t)), StatUtils.mean(v),
                        FactResult.percentile(v, FactResult.LOWER_PERCENTILE), FactResult.percentile(v, FactResult.UPPER_PERCENTILE)});
            }
        }
        return rows;
    }

    private static void addModel(Plot.Builder chart, FactResult result, Validation.Outcome outcome) {
        Band band = model(result, outcome);
        if (!band.isEmpty()) {
            chart.add(band);
        }
    }

    private static void addObserved(Plot.Builder chart, StylizedFact fact) {
        double when = DecimalYear.of(fact.month());
        chart.add(Line.of(String.format(Locale.ROOT, "band the model should fall in (%s to %s)",
                        ValidationTable.number(fact.bandLow()), ValidationTable.number(fact.bandHigh())),
                new double[] {when, when}, new double[] {fact.bandLow(), fact.bandHigh()}, OBSERVED, Stroke.solid(6f)));
        chart.add(new Scatter("observed, " + fact.month(), new double[] {when}, new double[] {fact.observed()},
                Marker.DIAMOND, Colour.BLACK));
    }
}
