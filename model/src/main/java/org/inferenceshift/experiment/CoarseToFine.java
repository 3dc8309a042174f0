package org.inferenceshift.experiment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Run orders that refine the design space step by step, so a partial experiment covers it evenly.
 * Along one axis of n levels: both ends first, then midpoints by repeated bisection
 * (n = 5 gives 0, 4, 2, 1, 3). Over a grid: points ordered by the coarsest stage at which all their
 * levels are present, so the first stages complete a 1x1, then 2x2, then 3x3 ... sub-grid spread
 * over the whole range of every parameter.
 */
public final class CoarseToFine {
    private CoarseToFine() {
    }

    /** The order in which to visit levels 0..n-1 of one axis: ends first, then bisection. */
    public static int[] levelOrder(int n) {
        if (n <= 0) {
            return new int[0];
        }
        List<Integer> order = new ArrayList<>();
        order.add(0);
        if (n > 1) {
            order.add(n - 1);
        }
        Deque<int[]> intervals = new ArrayDeque<>();
        intervals.add(new int[] {0, n - 1});
        while (!intervals.isEmpty()) {
            int[] interval = intervals.poll();
            int lo = interval[0];
            int hi = interval[1];
            if (hi - lo < 2) {
                continue;
            }
            int mid = (lo + hi) >>> 1;
            order.add(mid);
            intervals.add(new int[] {lo, mid});
            intervals.add(new int[] {mid, hi});
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The points of a full grid with {@code sizes[j]} levels on axis j, each as its level indices, in
     * coarse-to-fine order: by the highest rank any axis's level has in its {@link #levelOrder}, then by
     * the ranks themselves.
     */
    public static List<int[]> gridOrder(int[] sizes) {
        int dims = sizes.length;
        int[][] rankOfLevel = new int[dims][];
        for (int j = 0; j < dims; j++) {
            int[] order = levelOrder(sizes[j]);
            rankOfLevel[j] = new int[sizes[j]];
            for (int rank = 0; rank < order.length; rank++) {
                rankOfLevel[j][order[rank]] = rank;
            }
        }
        List<int[]> points = new ArrayList<>();
        int[] levels = new int[dims];
        int total = 1;
        for (int size : sizes) {
            total = Math.multiplyExact(total, size);
        }
        for (int p = 0; p < total; p++) {
            int rest = p;
            for (int j = dims - 1; j >= 0; j--) {
                levels[j] = rest % sizes[j];
                rest /= sizes[j];
            }
            points.add(levels.clone());
        }
        Comparator<int[]> byStage = Comparator.comparingInt(point -> maxRank(point, rankOfLevel));
        Comparator<int[]> byRanks = (a, b) -> {
            for (int j = 0; j < dims; j++) {
                int c = Integer.compare(rankOfLevel[j][a[j]], rankOfLevel[j][b[j]]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        points.sort(byStage.thenComparing(byRanks));
        return points;
    }

    /** Lexicographic index of a grid point (first axis slowest): its place in the design as written. */
    public static int lexicographicIndex(int[] levels, int[] sizes) {
        int index = 0;
        for (int j = 0; j < sizes.length; j++) {
            index = index * sizes[j] + levels[j];
        }
        return index;
    }

    private static int maxRank(int[] levels, int[][] rankOfLevel) {
        int max = 0;
        for (int j = 0; j < levels.length; j++) {
            max = Math.max(max, rankOfLevel[j][levels[j]]);
        }
        return max;
    }
}
