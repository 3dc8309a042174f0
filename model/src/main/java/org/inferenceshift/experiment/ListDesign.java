package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points written out one by one. A point may leave a parameter out; that run keeps the scenario's own
 * value, which {@code runs.csv} still shows. {@code parameters} lists every path any point names, in
 * order of first appearance. Visited ends first, then by bisection of the list.
 */
public record ListDesign(List<String> parameters, List<Map<String, JsonNode>> entries) implements Design {
    public ListDesign {
        parameters = List.copyOf(parameters);
        List<Map<String, JsonNode>> copy = new ArrayList<>();
        entries.forEach(e -> copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(e))));
        entries = List.copyOf(copy);
    }

    @Override
    public List<DesignPoint> points() {
        List<DesignPoint> points = new ArrayList<>();
        for (int index : CoarseToFine.levelOrder(entries.size())) {
            points.add(new DesignPoint(index, entries.get(index)));
        }
        return points;
    }
}
