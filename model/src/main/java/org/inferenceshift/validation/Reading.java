package org.inferenceshift.validation;

/**
 * How a stylized fact reads a run's monthly series of its metric: the series is turned month by month
 * into the quantity the fact names (a share, a growth rate per year, a running mean), and the fact's
 * value is that quantity in the fact's month. The whole transformed series is what the fact's figure
 * draws. Months where the quantity is undefined are NaN.
 */
public enum Reading {
    /** The metric itself. */
    VALUE("the metric"),
    /** One minus the metric (a share of the rest). */
    COMPLEMENT("1 minus the metric"),
    /** Growth per year since the first month: {@code (x_t / x_0)^(12 / t)}. */
    GROWTH_SINCE_START("growth per year since the first month, (x_t / x_0)^(12/t)"),
    /** Fall per year since the first month: {@code (x_0 / x_t)^(12 / t)}. */
    DECLINE_SINCE_START("fall per year since the first month, (x_0 / x_t)^(12/t)"),
    /** Growth over the last twelve months: {@code x_t / x_(t-12)}. */
    GROWTH_OVER_YEAR("growth over the last 12 months, x_t / x_(t-12)"),
    /** Change over the last twelve months: {@code x_t - x_(t-12)} (a direction: negative is a fall). */
    CHANGE_OVER_YEAR("change over the last 12 months, x_t - x_(t-12)"),
    /** Mean of the defined months from the first to this one. */
    MEAN_SINCE_START("mean from the first month to this one");

    private static final double MONTHS_PER_YEAR = 12;
    private final String description;

    Reading(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public double[] over(double[] series) {
        double[] out = new double[series.length];
        double sum = 0;
        int defined = 0;
        for (int t = 0; t < series.length; t++) {
            double x = series[t];
            out[t] = switch (this) {
                case VALUE -> x;
                case COMPLEMENT -> 1 - x;
                case GROWTH_SINCE_START -> t == 0 ? Double.NaN : ratio(x, series[0], MONTHS_PER_YEAR / t);
                case DECLINE_SINCE_START -> t == 0 ? Double.NaN : ratio(series[0], x, MONTHS_PER_YEAR / t);
                case GROWTH_OVER_YEAR -> t < MONTHS_PER_YEAR ? Double.NaN : ratio(x, series[t - (int) MONTHS_PER_YEAR], 1);
                case CHANGE_OVER_YEAR -> t < MONTHS_PER_YEAR ? Double.NaN : x - series[t - (int) MONTHS_PER_YEAR];
                case MEAN_SINCE_START -> {
                    if (!Double.isNaN(x)) {
                        sum += x;
                        defined++;
                    }
                    yield defined > 0 ? sum / defined : Double.NaN;
                }
            };
        }
        return out;
    }

    /** {@code (later / earlier)^power}, NaN unless both are positive and finite. */
    private static double ratio(double later, double earlier, double power) {
        if (!(later > 0 && earlier > 0) || Double.isInfinite(later) || Double.isInfinite(earlier)) {
            return Double.NaN;
        }
        return Math.pow(later / earlier, power);
    }
}
