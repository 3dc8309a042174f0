package org.inferenceshift.run;

import java.util.List;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.Ledger;

/** Everything one finished run produced, ready to be written or compared. */
public record RunResult(Scenario scenario, List<double[]> rows, List<LabMonth> labMonths,
                        List<TrainedModel> models, Ledger ledger) {

    public double last(Metric metric) {
        return rows.get(rows.size() - 1)[metric.ordinal()];
    }

    public double first(Metric metric) {
        return rows.get(0)[metric.ordinal()];
    }

    public double at(int month, Metric metric) {
        return rows.get(month)[metric.ordinal()];
    }

    public double[] series(Metric metric) {
        double[] out = new double[rows.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = rows.get(t)[metric.ordinal()];
        }
        return out;
    }
}
