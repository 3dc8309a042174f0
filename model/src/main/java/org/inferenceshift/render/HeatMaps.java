package org.inferenceshift.render;

import java.awt.Graphics2D;
import java.util.List;
import org.inferenceshift.figure.HeatMap;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;

/** A {@link HeatMap} as an XChart heat map, painted into a graphics context of its size. */
final class HeatMaps {
    private HeatMaps() {
    }

    static void paint(Graphics2D g, HeatMap map) {
        HeatMapChart chart = new HeatMapChartBuilder().width(map.width()).height(map.height()).title(map.title())
                .xAxisTitle(map.xTitle()).yAxisTitle(map.yTitle()).build();
        HeatMapStyler s = chart.getStyler();
        XyCharts.style(s, map.style());
        s.setXAxisLabelRotation(map.columnLabelTilt());
        s.setShowValue(map.showValues());
        s.setValueFont(Awt.font(map.values()));
        s.setRangeColors(Awt.colors(map.scale()));
        s.setMin(map.min());
        s.setMax(map.max());
        s.setLegendPosition(XyCharts.position(map.legend().place()));
        s.setLegendVisible(map.legend().visible());
        List<Number[]> cells = map.cells().stream()
                .map(c -> new Number[] {c.column(), c.row(), c.value()}).toList();
        chart.addSeries(map.name(), map.columns(), map.rows(), cells);
        chart.paint(g, map.width(), map.height());
    }
}
