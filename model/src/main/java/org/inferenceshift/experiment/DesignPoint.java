package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of an experiment's design: a value for each varied parameter (dotted scenario path to JSON
 * value, in the design's parameter order). {@code index} is the point's place in the design as written:
 * lexicographic position in a grid (first parameter slowest), position in a list, or sample number.
 */
public record DesignPoint(int index, Map<String, JsonNode> values) {
    public DesignPoint {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
