package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.output.CsvCells;
import org.inferenceshift.output.Numbers;
import org.inferenceshift.scenario.DidYouMean;

/**
 * Dotted scenario paths ("capability.returnsAboveWall", "labs.0.allocation.pre"), the keys experiments
 * use to name parameters, checked and read against a resolved scenario's JSON tree.
 */
public final class ScenarioPaths {
    private ScenarioPaths() {
    }

    /** Why {@code dotted} does not name a single parameter of {@code resolved}, or null if it does. */
    public static String problem(String dotted, JsonNode resolved) {
        if (dotted.isEmpty() || dotted.startsWith(".") || dotted.endsWith(".") || dotted.contains("..")) {
            return "\"" + dotted + "\" is not a dotted parameter path such as capability.returnsAboveWall";
        }
        JsonNode node = resolved;
        String walked = "";
        for (String part : dotted.split("\\.")) {
            JsonNode next;
            if (node.isArray()) {
                // digits only, and few enough for an int: labs.99999999999 is past the end, not a crash
                if (part.length() > 9 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                        || Integer.parseInt(part) >= node.size()) {
                    return "\"" + walked + "\" has elements 0.." + (node.size() - 1) + ", not \"" + part + "\"";
                }
                next = node.get(Integer.parseInt(part));
            } else if (node.isObject()) {
                next = node.get(part);
                if (next == null) {
                    List<String> names = new ArrayList<>();
                    node.fieldNames().forEachRemaining(names::add);
                    String suggestion = DidYouMean.closest(part, names);
                    String where = walked.isEmpty() ? "at the top level" : "under " + walked;
                    return "no parameter \"" + part + "\" " + where
                            + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)")
                            + "; known: " + String.join(", ", names);
                }
            } else {
                return "\"" + walked + "\" is a single value; nothing lies under it";
            }
            walked = walked.isEmpty() ? part : walked + "." + part;
            node = next;
        }
        if (node.isContainerNode()) {
            return "\"" + dotted + "\" is a whole section; name one parameter inside it";
        }
        return null;
    }

    /** The value at {@code dotted} in {@code resolved}, as written in result tables. */
    static String display(String dotted, JsonNode resolved) {
        JsonNode node = resolved.at("/" + dotted.replace('.', '/'));
        if (node.isNumber()) {
            return node.isIntegralNumber() && node.canConvertToLong() ? Long.toString(node.longValue())
                    : Numbers.format(node.doubleValue());
        }
        return CsvCells.text(node.asText());
    }
}
