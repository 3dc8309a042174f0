package org.inferenceshift.figure;

/**
 * One axis of a plot.
 *
 * @param title what the axis measures ("" for none)
 * @param log   a logarithmic scale (every value drawn on it must be positive)
 * @param min   lower end, or null to fit the data
 * @param max   upper end, or null to fit the data
 * @param ticks how ticks are labelled
 */
public record Axis(String title, boolean log, Double min, Double max, Ticks ticks) {
    public static Axis linear(String title) {
        return new Axis(title, false, null, null, Ticks.AUTOMATIC);
    }

    public static Axis log(String title) {
        return new Axis(title, true, null, null, Ticks.AUTOMATIC);
    }

    public Axis withLog(boolean logarithmic) {
        return new Axis(title, logarithmic, min, max, ticks);
    }

    public Axis withRange(Double lower, Double upper) {
        return new Axis(title, log, lower, upper, ticks);
    }

    public Axis withTicks(Ticks labels) {
        return new Axis(title, log, min, max, labels);
    }
}
