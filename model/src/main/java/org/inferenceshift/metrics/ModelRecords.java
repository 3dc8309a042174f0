package org.inferenceshift.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.labs.TrainedModel;

/** Builds the {@link ModelRecord} of every model a run trained, in the order they were trained. */
public final class ModelRecords {
    private ModelRecords() {
    }

    /**
     * @param models    every model a run trained, in training order
     * @param labMonths every lab-month of the run: each model's copies at release are read from its lab's
     *                  serving capacity and top tier in its release month
     */
    public static List<ModelRecord> of(List<TrainedModel> models, List<LabMonth> labMonths,
                                       double tokensPerSecondPerCopy) {
        Map<String, LabMonth> byLabAndMonth = new HashMap<>();
        for (LabMonth row : labMonths) {
            byLabAndMonth.put(key(row.labId(), row.month()), row);
        }
        List<ModelRecord> records = new ArrayList<>(models.size());
        for (TrainedModel m : models) {
            LabMonth release = m.isReleased() ? byLabAndMonth.get(key(m.labId(), m.releaseStep())) : null;
            double copies = release == null ? Double.NaN
                    : ServedCopies.of(m, release.capacityFlop(), release.maxMultiplier(), tokensPerSecondPerCopy);
            records.add(ModelRecord.of(m, copies));
        }
        return records;
    }

    private static String key(String labId, int month) {
        return month + "/" + labId;
    }
}
