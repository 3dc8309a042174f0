package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;

/**
 * A sampled parameter: a dotted scenario path and its range. A range written with two integers samples
 * whole numbers min..max, each equally likely; otherwise any real number in [min, max).
 */
public record ParameterRange(String path, double min, double max, boolean integer) {

    /** The parameter's value at {@code u} in [0, 1), the point's coordinate along this axis. */
    public JsonNode valueAt(double u) {
        if (integer) {
            long span = (long) max - (long) min + 1;
            long v = (long) min + Math.min(span - 1, (long) Math.floor(u * span));
            return LongNode.valueOf(v);
        }
        return DoubleNode.valueOf(min + u * (max - min));
    }
}
