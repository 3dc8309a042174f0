package org.inferenceshift.validation;

import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * One fact across the validation runs: each run's value in the fact's month, and each run's whole series
 * of the fact's quantity (for the figure). Runs where the quantity is undefined in that month (NaN) are
 * left out of the statistics and counted as outside the band.
 *
 * @param values {@code values[run]}, in run order
 * @param series {@code series[run][month]}, the fact's {@link Reading} of its metric
 */
public record FactResult(StylizedFact fact, int monthIndex, double[] values, double[][] series) {
    /** The 95% range across seeds: the 2.5th and 97.5th percentiles. */
    static final double LOWER_PERCENTILE = 2.5;
    static final double UPPER_PERCENTILE = 97.5;

    public int runs() {
        return values.length;
    }

    public double[] definedValues() {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    public double mean() {
        double[] v = definedValues();
        return v.length == 0 ? Double.NaN : StatUtils.mean(v);
    }

    public double lower() {
        return percentile(definedValues(), LOWER_PERCENTILE);
    }

    public double upper() {
        return percentile(definedValues(), UPPER_PERCENTILE);
    }

    public int seedsInBand() {
        int n = 0;
        for (double v : values) {
            if (fact.inBand(v)) {
                n++;
            }
        }
        return n;
    }

    /** The verdict: the mean over seeds lies in the band (docs/VALIDATION.md, "How a fact is judged"). */
    public boolean passes() {
        return fact.inBand(mean());
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        return new Percentile().evaluate(values, p);
    }
}
