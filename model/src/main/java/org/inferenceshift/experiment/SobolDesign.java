package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first {@code count} points of the Sobol low-discrepancy sequence (commons-math3), scaled to the
 * ranges. The sequence is its own coarse-to-fine order: every prefix of 2^k points is evenly spread, so
 * points run in sequence order. The first point, all lower bounds, is kept: dropping it would break the
 * balance of the power-of-two prefixes.
 */
public record SobolDesign(List<ParameterRange> ranges, int count) implements Design {
    public SobolDesign {
        ranges = List.copyOf(ranges);
    }

    @Override
    public List<String> parameters() {
        return ranges.stream().map(ParameterRange::path).toList();
    }

    @Override
    public List<DesignPoint> points() {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(ranges.size());
        List<DesignPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] u = sobol.nextVector();
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int j = 0; j < ranges.size(); j++) {
                values.put(ranges.get(j).path(), ranges.get(j).valueAt(u[j]));
            }
            points.add(new DesignPoint(i, values));
        }
        return points;
    }
}
