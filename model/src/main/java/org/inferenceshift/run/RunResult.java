package org.inferenceshift.run;

import java.util.List;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricRow;
import org.inferenceshift.metrics.ModelRecord;
import org.inferenceshift.metrics.ModelRecords;
import org.inferenceshift.metrics.RegulatorRow;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.Ledger;

/**
 * Everything one finished run produced, ready to be written or compared.
 *
 * @param regulatorRows one row per regulator per month ({@code regulators.csv}); empty without regulators
 */
public record RunResult(Scenario scenario, List<MetricRow> rows, List<LabMonth> labMonths,
                        List<TrainedModel> models, Ledger ledger, List<RegulatorRow> regulatorRows) {

    /** A result without regulator rows (tools and tests that build results by hand). */
    public RunResult(Scenario scenario, List<MetricRow> rows, List<LabMonth> labMonths, List<TrainedModel> models,
                     Ledger ledger) {
        this(scenario, rows, labMonths, models, ledger, List.of());
    }

    /** Months recorded. */
    public int months() {
        return rows.size();
    }

    public double last(Metric metric) {
        return rows.get(rows.size() - 1).value(metric);
    }

    public double first(Metric metric) {
        return rows.get(0).value(metric);
    }

    public double at(int month, Metric metric) {
        return rows.get(month).value(metric);
    }

    public double[] series(Metric metric) {
        double[] out = new double[rows.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = rows.get(t).value(metric);
        }
        return out;
    }

    /** The record of every model the run trained, in training order. */
    public List<ModelRecord> modelRecords() {
        return ModelRecords.of(models, labMonths, scenario.serving().tokensPerSecondPerCopy());
    }
}
