package org.inferenceshift.metrics;

import java.util.List;

/** Look-ups in the lab-month history, which is recorded month by month in lab order. */
final class LabMonths {
    private LabMonths() {
    }

    /** The row of lab {@code labId} in {@code month}, or null; searched from the newest row back. */
    static LabMonth find(List<LabMonth> history, String labId, int month) {
        for (int i = history.size() - 1; i >= 0; i--) {
            LabMonth row = history.get(i);
            if (row.month() < month) {
                return null;
            }
            if (row.month() == month && row.labId().equals(labId)) {
                return row;
            }
        }
        return null;
    }
}
