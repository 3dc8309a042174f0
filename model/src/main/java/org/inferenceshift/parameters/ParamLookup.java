package org.inferenceshift.parameters;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.inferenceshift.scenario.Scenario;

/**
 * Finds the record component behind a dotted scenario path ("capability.returnsAboveWall"); an index into a
 * list ("regulators.0.thresholdFlop") steps to the list's element record.
 */
final class ParamLookup {
    private ParamLookup() {
    }

    /** The component at {@code path} in {@link Scenario}, or null if there is none. */
    static RecordComponent component(String path) {
        Class<?> type = Scenario.class;
        RecordComponent found = null;
        for (String part : path.split("\\.")) {
            if (List.class.isAssignableFrom(type) && part.chars().allMatch(Character::isDigit) && found != null
                    && found.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                type = element;
                continue;
            }
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
