package org.inferenceshift.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentLoaderTest {
    @TempDir
    Path dir;

    private ScenarioException failure(String json) throws IOException {
        Path file = ExperimentFiles.write(dir, "bad.json", json);
        return assertThrows(ScenarioException.class, () -> ExperimentLoader.load(file));
    }

    private static void assertMentions(ScenarioException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message lacks <" + part + ">: " + e.getMessage());
        }
    }

    @Test
    void readsTheShippedExamples() throws ScenarioException {
        for (String name : List.of("eras-quick.json", "data-wall-sobol.json", "choice-lhs.json", "regimes-list.json")) {
            Experiment experiment = ExperimentLoader.load(ExperimentFiles.SCENARIOS.resolve("experiments").resolve(name));
            assertFalse(experiment.design().points().isEmpty(), name);
        }
    }

    @Test
    void keepsEveryMetricsLastValueWhenKeepIsLeftOut() throws IOException, ScenarioException {
        Path file = ExperimentFiles.write(dir, "e.json", """
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s]}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        Experiment experiment = ExperimentLoader.load(file);
        assertEquals(List.of(Metric.values()), experiment.keep().metrics());
        assertEquals(List.of(Statistic.LAST), experiment.keep().statistics());
        assertInstanceOf(SinglePoint.class, experiment.design());
    }

    @Test
    void unknownFieldIsNamedWithItsPathAndTheClosestKnownField() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 3, "scenarois": [%s]}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        assertMentions(e, "bad.json: $.scenarois: unknown field", "did you mean \"scenarios\"");
    }

    @Test
    void misspelledParameterPathSuggestsTheRealParameter() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s],
                 "grid": {"capability.returnsAbovWall": [0.3, 1.0]}}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        assertMentions(e, "bad.json: $.grid['capability.returnsAbovWall']", "did you mean \"returnsAboveWall\"");
    }

    @Test
    void outOfRangeGridValueIsNamedByItsIndexWithTheScenarioRange() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s],
                 "grid": {"capability.returnsAboveWall": [0.3, 1.5]}}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        assertMentions(e, "bad.json: $.grid['capability.returnsAboveWall'][1]", "$.capability.returnsAboveWall",
                "must be in [0, 1]");
    }

    @Test
    void unknownMetricAndStatisticAreSuggested() throws IOException {
        String base = """
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s], "keep": %s}
                """;
        String scenario = ExperimentFiles.scenario("baseline.json");
        assertMentions(failure(base.formatted(scenario, "{\"metrics\": [\"hhi_revnue\"]}")),
                "$.keep.metrics[0]", "did you mean \"hhi_revenue\"");
        assertMentions(failure(base.formatted(scenario, "{\"statistics\": [\"mean\", \"maks\"]}")),
                "$.keep.statistics[1]", "did you mean \"max\"");
    }

    @Test
    void theSeedIsNeverVariedOrFixedByHand() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s], "grid": {"seed": [1, 2]}}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        assertMentions(e, "$.grid.seed", "$.seeds");
    }

    @Test
    void oneDesignPerExperiment() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s],
                 "grid": {"choice.reviewRate": [0.1]}, "list": [{"choice.reviewRate": 0.2}]}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        assertMentions(e, "$.list", "one design");
    }

    @Test
    void missingScenarioFileIsNamed() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": ["nowhere.json"]}
                """);
        assertMentions(e, "bad.json: $.scenarios[0]", "nowhere.json", "not found");
    }

    @Test
    void listPointTheScenarioRejectsIsNamedByIndex() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s],
                 "list": [{"labs.0.allocation.pre": 0.9}]}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        assertMentions(e, "bad.json: $.list[0]", "must sum to 1");
    }

    @Test
    void sampleRangeMustBeTwoIncreasingNumbers() throws IOException {
        ScenarioException e = failure("""
                {"name": "e", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s],
                 "sample": {"method": "sobol", "points": 4, "ranges": {"choice.reviewRate": [0.5, 0.1]}}}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        assertMentions(e, "$.sample.ranges['choice.reviewRate']", "min must be below max");
    }

    @Test
    void invalidJsonGivesLineAndColumn() throws IOException {
        ScenarioException e = failure("{\"name\": \"e\",\n \"seed\": }");
        assertMentions(e, "bad.json: invalid JSON at line 2");
    }

    @Test
    void badExperimentExitsWithCode2AndWritesNothing() throws IOException {
        Path file = ExperimentFiles.write(dir, "bad.json", "{\"name\": \"e\"}");
        Path out = dir.resolve("out");
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new org.inferenceshift.cli.Main());
        cli.setErr(new java.io.PrintWriter(err));
        int code = cli.execute("batch", file.toString(), "--out", out.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("bad.json: $.purpose: missing required field"), err.toString());
        assertFalse(Files.exists(out));
    }
}
