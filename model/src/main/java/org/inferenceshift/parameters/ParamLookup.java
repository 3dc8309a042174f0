package org.inferenceshift.parameters;

import java.lang.reflect.RecordComponent;
import org.inferenceshift.scenario.Scenario;

/** Finds the record component behind a dotted scenario path ("capability.returnsAboveWall"). */
final class ParamLookup {
    private ParamLookup() {
    }

    /** The component at {@code path} in {@link Scenario}, or null if there is none. */
    static RecordComponent component(String path) {
        Class<?> type = Scenario.class;
        RecordComponent found = null;
        for (String part : path.split("\\.")) {
            if (!type.isRecord()) {
                return null;
            }
            found = null;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(part)) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            type = found.getType();
        }
        return found;
    }
}
