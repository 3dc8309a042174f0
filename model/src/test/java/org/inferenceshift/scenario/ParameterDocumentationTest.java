package org.inferenceshift.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Non-negotiable 6: every default the model uses has a row, with its source or reason, in docs/MODEL.md. */
class ParameterDocumentationTest {

    @Test
    void everyDefaultParameterHasARowInModelMd() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "MODEL.md"));
        List<String> missing = new ArrayList<>();
        collect(ScenarioLoader.defaults(), "", missing, doc);
        assertTrue(missing.isEmpty(), "parameters without a row in docs/MODEL.md: " + missing);
    }

    private static void collect(JsonNode node, String prefix, List<String> missing, String doc) {
        node.fields().forEachRemaining(e -> {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                collect(value, path, missing, doc);
            } else if (!value.isArray() && !path.equals("name") && !path.equals("purpose")) {
                if (!doc.contains("| `" + path + "` |")) {
                    missing.add(path);
                }
            }
        });
    }
}
