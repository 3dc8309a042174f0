package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every combination of the listed values of each parameter (a full factorial), run coarse to fine. */
public record GridDesign(Map<String, List<JsonNode>> levels) implements Design {
    public GridDesign {
        Map<String, List<JsonNode>> copy = new LinkedHashMap<>();
        levels.forEach((path, values) -> copy.put(path, List.copyOf(values)));
        levels = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public List<String> parameters() {
        return List.copyOf(levels.keySet());
    }

    @Override
    public List<DesignPoint> points() {
        List<String> paths = parameters();
        int[] sizes = new int[paths.size()];
        for (int j = 0; j < sizes.length; j++) {
            sizes[j] = levels.get(paths.get(j)).size();
        }
        List<DesignPoint> points = new ArrayList<>();
        for (int[] point : CoarseToFine.gridOrder(sizes)) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int j = 0; j < sizes.length; j++) {
                values.put(paths.get(j), levels.get(paths.get(j)).get(point[j]));
            }
            points.add(new DesignPoint(CoarseToFine.lexicographicIndex(point, sizes), values));
        }
        return points;
    }
}
