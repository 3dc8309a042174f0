package org.inferenceshift.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Gini coefficients. For values x_i with weights w_i, sorted ascending, total weight W and weighted mean
 * mu, with C_i the cumulative weight up to and including i:
 * {@code G = sum_i w_i x_i (2 C_i - w_i - W) / (W^2 mu)}, which equals the mean absolute difference over
 * all pairs divided by twice the mean. Grouped data (a histogram) is the same formula with each bin as
 * one weighted value, so both methods share it.
 */
public final class Inequality {
    private Inequality() {
    }

    /** Weighted Gini of {@code values}; equal weights when {@code weights} is null. 0 if all are zero. */
    public static double gini(double[] values, double[] weights) {
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] sortedValues = new double[n];
        double[] sortedWeights = new double[n];
        for (int k = 0; k < n; k++) {
            sortedValues[k] = values[order[k]];
            sortedWeights[k] = weights == null ? 1.0 : weights[order[k]];
        }
        return giniSorted(sortedValues, sortedWeights);
    }

    /**
     * Gini of a histogram of values in [0, 1] with equal-width bins, each bin's members taken at the bin
     * centre. The error against the exact Gini is at most about one bin width.
     */
    public static double giniOfUnitHistogram(long[] counts) {
        int bins = counts.length;
        double[] centres = new double[bins];
        double[] weights = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = (b + 0.5) / bins;
            weights[b] = counts[b];
        }
        return giniSorted(centres, weights);
    }

    private static double giniSorted(double[] x, double[] w) {
        double total = 0;
        double weightedSum = 0;
        for (int k = 0; k < x.length; k++) {
            total += w[k];
            weightedSum += w[k] * x[k];
        }
        if (total <= 0 || weightedSum <= 0) {
            return 0;
        }
        double mean = weightedSum / total;
        double cumulative = 0;
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            cumulative += w[k];
            sum += w[k] * x[k] * (2 * cumulative - w[k] - total);
        }
        return sum / (total * total * mean);
    }
}
