package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferenceshift.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    private String stderr;

    private int run(String... args) {
        CliHarness cli = new CliHarness();
        int code = cli.run(args);
        stderr = cli.stderr;
        return code;
    }

    private Path scenario(String json) throws Exception {
        Path file = tmp.resolve("s.json");
        Files.writeString(file, json);
        return file;
    }

    private static final String SMALL = """
            { "name": "cli", "horizonMonths": 6, "population": { "agents": 500 },
              "labs": [ { "id": "a", "initialUserShare": 0.1 } ] }
            """;

    @Test
    void runWritesTheResultsFolderWithEveryFile() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.SUCCESS, run("run", scenario(SMALL).toString(), "--out", out.toString()));
        for (String name : new String[] {"scenario.json", "timeseries.csv", "labs.csv", "summary.json"}) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (Metric m : new Metric[] {Metric.HHI_REVENUE, Metric.HHI_USERS, Metric.ACTIVE_LABS, Metric.GINI_ACCESS,
                Metric.NO_PAID_ACCESS_SHARE, Metric.MEAN_PRICE_PAID, Metric.MAX_DEPLOYED_E}) {
            assertTrue(summary.has(m.column()), m.column());
        }
        assertEquals(7, Files.readAllLines(out.resolve("timeseries.csv")).size(), "header plus six months");
    }

    @Test
    void anExistingOutputFolderIsRefusedAndLeftUntouched() throws Exception {
        Path out = tmp.resolve("earlier");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "earlier results");
        assertEquals(ExitCodes.BAD_INPUT, run("run", scenario(SMALL).toString(), "--out", out.toString()));
        assertTrue(stderr.contains("already exists"), stderr);
        assertEquals("earlier results", Files.readString(out.resolve("keep.txt")));
        try (var files = Files.list(out)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aBadScenarioNamesFileAndPathExitsTwoAndWritesNothing() throws Exception {
        Path file = scenario(SMALL.replace("\"initialUserShare\": 0.1", "\"initialUserShare\": 0.1, \"allocation\": { \"pre\": 1.4 }"));
        Path out = tmp.resolve("never");
        assertEquals(ExitCodes.BAD_INPUT, run("run", file.toString(), "--out", out.toString()));
        assertTrue(stderr.contains(file + ": $.labs[0].allocation.pre: must be in [0, 1], got 1.4"), stderr);
        assertFalse(Files.exists(out));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "only the scenario file is there");
        }
    }

    @Test
    void anUnknownFieldSuggestsTheClosestName() throws Exception {
        Path file = scenario(SMALL.replace("\"horizonMonths\"", "\"horizonMonth\""));
        assertEquals(ExitCodes.BAD_INPUT, run("run", file.toString(), "--out", tmp.resolve("x").toString()));
        assertTrue(stderr.contains("$.horizonMonth: unknown field (did you mean \"horizonMonths\"?)"), stderr);
    }

    @Test
    void aMistypedDefaultsObjectSuggestsItsName() throws Exception {
        Path file = scenario(SMALL.replace("\"horizonMonths\": 6,", "\"horizonMonths\": 6, \"labDefault\": {},"));
        assertEquals(ExitCodes.BAD_INPUT, run("run", file.toString(), "--out", tmp.resolve("x").toString()));
        assertTrue(stderr.contains("$.labDefault: unknown field (did you mean \"labDefaults\"?)"), stderr);
    }

    @Test
    void overridesAreValidatedLikeFileValues() throws Exception {
        assertEquals(ExitCodes.BAD_INPUT, run("run", scenario(SMALL).toString(), "--out", tmp.resolve("x").toString(),
                "--set", "capability.returnsAboveWall=1.5"));
        assertTrue(stderr.contains("$.capability.returnsAboveWall: must be in [0, 1], got 1.5"), stderr);
    }
}
