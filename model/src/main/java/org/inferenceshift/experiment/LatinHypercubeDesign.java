package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * A Latin hypercube of {@code count} points: each parameter's range is cut into {@code count} equal
 * strata and every stratum is used exactly once, with strata paired across parameters by independent
 * random permutations and a uniform position inside each stratum. The generator is seeded from the
 * experiment seed alone, so the design is the same on every machine and every resume. Its rows are
 * already in random order, so any prefix is itself a random sample of the space.
 */
public record LatinHypercubeDesign(List<ParameterRange> ranges, int count, long seed) implements Design {
    public LatinHypercubeDesign {
        ranges = List.copyOf(ranges);
    }

    @Override
    public List<String> parameters() {
        return ranges.stream().map(ParameterRange::path).toList();
    }

    @Override
    public List<DesignPoint> points() {
        RandomGenerator random = new Well19937c(seed);
        int dims = ranges.size();
        double[][] u = new double[dims][count];
        for (int j = 0; j < dims; j++) {
            int[] strata = MathArrays.natural(count);
            MathArrays.shuffle(strata, random);
            for (int i = 0; i < count; i++) {
                u[j][i] = (strata[i] + random.nextDouble()) / count;
            }
        }
        List<DesignPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int j = 0; j < dims; j++) {
                values.put(ranges.get(j).path(), ranges.get(j).valueAt(u[j][i]));
            }
            points.add(new DesignPoint(i, values));
        }
        return points;
    }
}
