package org.inferenceshift.experiment;

import java.io.Serializable;

/**
 * What leaves a finished run: its id, the summary values ({@link KeepSpec#summaryColumns()} order) and
 * the monthly series of the kept metrics ({@code series[metric][month]}). Lab tables, models and the
 * user population stay inside the task.
 */
public record RunRow(int runId, double[] summary, double[][] series) implements Serializable {
    private static final long serialVersionUID = 1L;
}
