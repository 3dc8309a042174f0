package org.inferenceshift.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario in scenarios/ loads cleanly and says what it is for. */
class ShippedScenariosTest {
    private static final Path DIR = Path.of("..", "scenarios");

    @Test
    void everyShippedScenarioLoadsAndHasAPurpose() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.stream().map(p -> p.getFileName().toString()).toList()
                .containsAll(List.of("baseline.json", "pretraining-era.json", "inference-era.json")));
        for (Path file : files) {
            Scenario s = ScenarioLoader.load(file);
            assertFalse(s.purpose().isBlank(), file + " needs a one-line purpose");
            assertFalse(s.purpose().equals(ScenarioLoader.defaults().get("purpose").asText()), file + " keeps the default purpose");
        }
    }

    @Test
    void theResolvedScenarioReloadsToTheSameScenario() throws Exception {
        Scenario s = ScenarioLoader.load(DIR.resolve("baseline.json"));
        Scenario again = ScenarioLoader.parseResolved(ScenarioLoader.toJson(s), "resolved");
        org.junit.jupiter.api.Assertions.assertEquals(s, again);
    }
}
