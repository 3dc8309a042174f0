package org.inferenceshift.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {

    @Test
    void levelsRunEndsFirstThenByBisection() {
        assertArrayEquals(new int[] {0}, CoarseToFine.levelOrder(1));
        assertArrayEquals(new int[] {0, 1}, CoarseToFine.levelOrder(2));
        assertArrayEquals(new int[] {0, 2, 1}, CoarseToFine.levelOrder(3));
        assertArrayEquals(new int[] {0, 4, 2, 1, 3}, CoarseToFine.levelOrder(5));
        assertArrayEquals(new int[] {0, 8, 4, 2, 6, 1, 3, 5, 7}, CoarseToFine.levelOrder(9));
    }

    @Test
    void levelOrderVisitsEveryLevelOnce() {
        for (int n = 1; n <= 64; n++) {
            int[] order = CoarseToFine.levelOrder(n).clone();
            Arrays.sort(order);
            int size = n;
            assertArrayEquals(java.util.stream.IntStream.range(0, n).toArray(), order, () -> "n = " + size);
        }
    }

    @Test
    void gridRunsItsCornersBeforeItsMiddle() {
        List<int[]> order = CoarseToFine.gridOrder(new int[] {3, 3});
        assertEquals(9, order.size());
        Set<List<Integer>> firstFour = new HashSet<>();
        order.subList(0, 4).forEach(p -> firstFour.add(List.of(p[0], p[1])));
        assertEquals(Set.of(List.of(0, 0), List.of(0, 2), List.of(2, 0), List.of(2, 2)), firstFour);
        assertArrayEquals(new int[] {1, 1}, order.get(8));
        Set<List<Integer>> all = new HashSet<>();
        order.forEach(p -> all.add(List.of(p[0], p[1])));
        assertEquals(9, all.size());
    }

    @Test
    void sobolPrefixOfEightPointsFillsEveryEighthOfEachRangeOnce() {
        SobolDesign design = new SobolDesign(List.of(new ParameterRange("a", 0, 8, false),
                new ParameterRange("b", 10, 18, false)), 8);
        for (String axis : List.of("a", "b")) {
            int[] perCell = new int[8];
            double offset = axis.equals("a") ? 0 : 10;
            for (DesignPoint point : design.points()) {
                perCell[(int) Math.floor(point.values().get(axis).doubleValue() - offset)]++;
            }
            assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1}, perCell, axis);
        }
    }

    @Test
    void latinHypercubeUsesEachStratumOnceAndRepeatsForTheSameSeed() {
        List<ParameterRange> ranges = List.of(new ParameterRange("a", 0, 1, false), new ParameterRange("b", -5, 5, false));
        LatinHypercubeDesign design = new LatinHypercubeDesign(ranges, 10, 42);
        for (ParameterRange range : ranges) {
            boolean[] used = new boolean[10];
            for (DesignPoint point : design.points()) {
                double u = (point.values().get(range.path()).doubleValue() - range.min()) / (range.max() - range.min());
                int stratum = (int) Math.floor(u * 10);
                assertTrue(!used[stratum], "stratum " + stratum + " of " + range.path() + " used twice");
                used[stratum] = true;
            }
        }
        assertEquals(design.points(), new LatinHypercubeDesign(ranges, 10, 42).points());
    }

    @Test
    void integerRangesSampleEveryWholeNumberEvenly() {
        SobolDesign design = new SobolDesign(List.of(new ParameterRange("k", 1, 4, true)), 8);
        int[] counts = new int[5];
        for (DesignPoint point : design.points()) {
            JsonNode v = point.values().get("k");
            assertTrue(v.isIntegralNumber(), v.toString());
            counts[v.intValue()]++;
        }
        assertArrayEquals(new int[] {0, 2, 2, 2, 2}, counts);
    }
}
