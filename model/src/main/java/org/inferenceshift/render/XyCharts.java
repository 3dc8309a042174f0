package org.inferenceshift.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.Locale;
import org.inferenceshift.figure.Annotation;
import org.inferenceshift.figure.Axis;
import org.inferenceshift.figure.Band;
import org.inferenceshift.figure.DecimalYear;
import org.inferenceshift.figure.Layer;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Line;
import org.inferenceshift.figure.Marker;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Scatter;
import org.inferenceshift.figure.Style;
import org.inferenceshift.figure.TickLabels;
import org.inferenceshift.figure.Ticks;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A {@link Plot} as an XChart XY chart, painted into a graphics context of the plot's size. */
final class XyCharts {
    /** Pixels a legend entry takes besides its text: the line sample and the gaps around it. */
    private static final int LEGEND_ENTRY_OVERHEAD = 48;
    /** XChart centres a plot title over the plot, right of the y-axis: keep it clear of both edges. */
    private static final int TITLE_MARGIN = 110;
    /** Tick spacing of a row-labelled axis, so that every row gets its tick. */
    private static final int ROW_TICK_SPACING = 30;

    private XyCharts() {
    }

    static void paint(Graphics2D g, Plot plot) {
        String title = plot.shortenTitle()
                ? FigureRenderer.fit(g.getFontMetrics(FigureRenderer.TITLE_FONT), plot.title(), plot.width() - TITLE_MARGIN)
                : plot.title();
        XYChart chart = new XYChartBuilder().width(plot.width()).height(plot.height()).title(title)
                .xAxisTitle(plot.x().title()).yAxisTitle(plot.y().title()).build();
        XYStyler s = chart.getStyler();
        style(s, plot.style());
        legend(s, plot, g.getFontMetrics(Awt.font(plot.style().legend())));
        xAxis(s, plot.x());
        yAxis(s, plot.y());
        for (Layer layer : plot.layers()) {
            add(chart, layer);
        }
        for (Annotation a : plot.annotations()) {
            if (a instanceof Annotation.ReferenceLine line) {
                chart.addAnnotation(new AnnotationLine(line.value(), line.vertical(), false));
            } else if (a instanceof Annotation.Note note) {
                chart.addAnnotation(new AnnotationText(note.text(), note.x(), note.y(), false));
            }
        }
        chart.paint(g, plot.width(), plot.height());
    }

    static void style(Styler s, Style style) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Awt.color(style.plotBorder()));
        s.setLegendFont(Awt.font(style.legend()));
        s.setLegendBorderColor(Awt.color(style.legendBorder()));
        s.setMarkerSize(style.markerSize());
        if (!style.palette().isEmpty()) {
            s.setSeriesColors(Awt.colors(style.palette()));
        }
        if (s instanceof AxesChartStyler axes) {
            axes.setPlotGridLinesColor(Awt.color(style.grid()));
            axes.setPlotGridLinesStroke(Awt.stroke(style.gridLine()));
            axes.setAxisTitleFont(Awt.font(style.axisTitles()));
            axes.setAxisTickLabelsFont(Awt.font(style.tickLabels()));
            axes.setLocale(Locale.ROOT);
        }
    }

    static LegendPosition position(Legend.Place place) {
        return switch (place) {
            case BELOW -> LegendPosition.OutsideS;
            case RIGHT -> LegendPosition.OutsideE;
            case INSIDE_TOP_RIGHT -> LegendPosition.InsideNE;
        };
    }

    /** Below the plot, so the plot keeps the panel's full width: in one row when the names fit across. */
    private static void legend(XYStyler s, Plot plot, FontMetrics fm) {
        Legend legend = plot.legend();
        s.setLegendPosition(position(legend.place()));
        s.setLegendVisible(legend.visible());
        if (legend.oneRowIfFits()) {
            int needed = 0;
            for (Layer layer : plot.layers()) {
                needed += fm.stringWidth(layer.name()) + LEGEND_ENTRY_OVERHEAD;
            }
            s.setLegendLayout(needed <= plot.width() - 40 ? LegendLayout.Horizontal : LegendLayout.Vertical);
        }
    }

    private static void xAxis(XYStyler s, Axis axis) {
        s.setXAxisLogarithmic(axis.log());
        if (axis.min() != null) {
            s.setXAxisMin(axis.min());
        }
        if (axis.max() != null) {
            s.setXAxisMax(axis.max());
        }
        Ticks ticks = axis.ticks();
        if (ticks instanceof Ticks.Pattern p) {
            s.setXAxisDecimalPattern(p.pattern());
        } else if (ticks instanceof Ticks.Hidden) {
            s.setXAxisTicksVisible(false);
        } else if (ticks instanceof Ticks.Rows rows) {
            s.setXAxisTickMarkSpacingHint(ROW_TICK_SPACING);
            s.setxAxisTickLabelsFormattingFunction(v -> rowLabel(rows, v));
        } else if (!axis.log() && !(ticks instanceof Ticks.Automatic)) {
            // XChart draws a linear axis whenever a tick formatting function is set, so log axes keep its labels
            s.setxAxisTickLabelsFormattingFunction(ticks instanceof Ticks.Dates ? DecimalYear::label : TickLabels::format);
        }
    }

    private static void yAxis(XYStyler s, Axis axis) {
        s.setYAxisLogarithmic(axis.log());
        if (axis.min() != null) {
            s.setYAxisMin(axis.min());
        }
        if (axis.max() != null) {
            s.setYAxisMax(axis.max());
        }
        Ticks ticks = axis.ticks();
        if (ticks instanceof Ticks.Pattern p) {
            s.setYAxisDecimalPattern(p.pattern());
        } else if (ticks instanceof Ticks.Hidden) {
            s.setYAxisTicksVisible(false);
        } else if (ticks instanceof Ticks.Rows rows) {
            s.setYAxisTickMarkSpacingHint(ROW_TICK_SPACING);
            s.setyAxisTickLabelsFormattingFunction(v -> rowLabel(rows, v));
        } else if (!axis.log() && !(ticks instanceof Ticks.Automatic)) {
            s.setyAxisTickLabelsFormattingFunction(ticks instanceof Ticks.Dates ? DecimalYear::label : TickLabels::format);
        }
    }

    /**
     * XChart drops every tick label of an axis when two are equal, so ticks between rows get distinct
     * invisible labels (zero-width spaces, as many as the tick's position in quarter steps).
     */
    static String rowLabel(Ticks.Rows rows, double position) {
        String label = rows.labelAt(position);
        return label != null ? label : "\u200B".repeat(1 + (int) Math.max(0, Math.round((position + 1) * 4)));
    }

    private static void add(XYChart chart, Layer layer) {
        if (layer instanceof Line line) {
            addLine(chart, line);
        } else if (layer instanceof Scatter scatter) {
            XYSeries s = chart.addSeries(scatter.name(), scatter.x(), scatter.y());
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            s.setMarker(marker(scatter.marker()));
            s.setMarkerColor(Awt.color(scatter.colour()));
        } else if (layer instanceof Band band) {
            addBand(chart, band);
        }
    }

    /** Non-finite values are gaps: XChart leaves a gap at NaN only. */
    private static void addLine(XYChart chart, Line line) {
        double[] y = new double[line.y().length];
        for (int t = 0; t < y.length; t++) {
            y[t] = Double.isFinite(line.y()[t]) ? line.y()[t] : Double.NaN;
        }
        XYSeries s = chart.addSeries(line.name(), line.x(), y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        if (line.colour() != null) {
            s.setLineColor(Awt.color(line.colour()));
            s.setMarkerColor(Awt.color(line.colour()));
        }
        if (line.stroke() != null) {
            s.setLineStyle(Awt.stroke(line.stroke()));
        }
        if (line.marker() != null) {
            s.setMarker(marker(line.marker()));
        }
        s.setShowInLegend(line.inLegend());
    }

    /** The band is one polygon, translucent in the line's colour, without an outline; nothing without points. */
    private static void addBand(XYChart chart, Band band) {
        if (band.isEmpty()) {
            return;
        }
        double[][] outline = band.outline();
        XYSeries area = chart.addSeries(band.bandName() != null ? band.bandName() : band.name() + " band",
                outline[0], outline[1]);
        area.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        area.setFillColor(Awt.color(band.colour().withAlpha(band.fillAlpha())));
        area.setLineColor(new Color(0, 0, 0, 0));
        area.setMarker(SeriesMarkers.NONE);
        area.setShowInLegend(band.bandName() != null);
        XYSeries line = chart.addSeries(band.name(), band.x(), band.centre());
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setLineColor(Awt.color(band.colour()));
        line.setLineStyle(new BasicStroke(band.lineWidth()));
        line.setMarker(SeriesMarkers.NONE);
    }

    private static org.knowm.xchart.style.markers.Marker marker(Marker m) {
        return switch (m) {
            case NONE -> SeriesMarkers.NONE;
            case CIRCLE -> SeriesMarkers.CIRCLE;
            case DIAMOND -> SeriesMarkers.DIAMOND;
        };
    }
}
