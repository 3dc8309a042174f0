package org.inferenceshift.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct points of a design, in order of first appearance, and where each of the design's points is among
 * them. A Saltelli design repeats points (its first Sobol point is the same in A and B, so every mix of that row
 * is the same world), and a batch experiment runs each point once: the claims engine runs the distinct worlds and
 * reads a repeated point's effect from its one run.
 *
 * @param distinct the distinct points
 * @param index    for each point of the design, its position in {@code distinct}
 */
record DistinctPoints(double[][] distinct, int[] index) {

    static DistinctPoints of(double[][] points) {
        Map<List<Double>, Integer> seen = new HashMap<>();
        List<double[]> distinct = new ArrayList<>();
        int[] index = new int[points.length];
        for (int p = 0; p < points.length; p++) {
            List<Double> key = Arrays.stream(points[p]).boxed().toList();
            Integer at = seen.get(key);
            if (at == null) {
                at = distinct.size();
                seen.put(key, at);
                distinct.add(points[p]);
            }
            index[p] = at;
        }
        return new DistinctPoints(distinct.toArray(double[][]::new), index);
    }

    /** Values of the distinct points spread back over the design's points. */
    double[] expand(double[] distinctValues) {
        double[] out = new double[index.length];
        for (int p = 0; p < index.length; p++) {
            out[p] = index[p] < distinctValues.length ? distinctValues[index[p]] : Double.NaN;
        }
        return out;
    }
}
