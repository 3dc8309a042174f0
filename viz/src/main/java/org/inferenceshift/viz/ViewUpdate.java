package org.inferenceshift.viz;

import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.metrics.MetricRow;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.sim.IndustryModel;

/**
 * Everything the windows show after a step, copied out of the model while MASON holds the schedule lock,
 * so Swing can draw it later on its own thread without touching the running model.
 *
 * @param firstMonth month of {@code newRows.get(0)}; 0 means the charts start over
 * @param newRows    metrics rows not yet charted
 */
record ViewUpdate(int firstMonth, List<MetricRow> newRows, List<LabRow> labs, List<List<String>> regulators,
                  UserSample users) {

    static ViewUpdate of(IndustryModel model, int monthsAlreadyShown, int sampleUsers) {
        List<MetricRow> rows = HeadlessRun.recorderOf(model).rows();
        // rows are immutable, so sharing them with the Swing thread is safe
        List<MetricRow> fresh = new ArrayList<>(rows.subList(Math.min(monthsAlreadyShown, rows.size()), rows.size()));
        UserSample users = rows.isEmpty() ? UserSample.empty() : UserSample.of(model, sampleUsers);
        return new ViewUpdate(monthsAlreadyShown, fresh, LabRow.all(model), RegulatorsTable.rows(model), users);
    }

    int monthsShownAfter() {
        return firstMonth + newRows.size();
    }
}
