package org.inferenceshift.report;

/** One named line of a chart panel: a value per month (NaN where the quantity is undefined). */
public record Series(String name, double[] values) {

    public boolean hasData() {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }
}
