package org.inferenceshift.viz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioLoader;

/** The parameters two scenarios disagree on, as "capability.returnsAboveWall: 0.5 → 0.9". */
final class ScenarioDiff {
    private ScenarioDiff() {
    }

    static List<String> changes(Scenario from, Scenario to) {
        List<String> out = new ArrayList<>();
        walk(ScenarioLoader.mapper().valueToTree(from), ScenarioLoader.mapper().valueToTree(to), "", out);
        return out;
    }

    private static void walk(JsonNode a, JsonNode b, String path, List<String> out) {
        if (a.isObject() && b.isObject()) {
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                walk(a.get(name), b.path(name), path.isEmpty() ? name : path + "." + name, out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), b.get(i), path + "." + i, out);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a.asText() + " \u2192 " + b.asText());
        }
    }
}
