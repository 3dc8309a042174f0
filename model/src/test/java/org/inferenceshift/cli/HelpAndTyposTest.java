package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a new user sees first: the help of every command, and the answer to a typo. */
class HelpAndTyposTest {
    private final CliHarness cli = new CliHarness();

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "gui", "batch", "claims", "validate", "bench", "metrics", "test"})
    void everyHelpPrintsCleanly(String command) {
        int code = command.isEmpty() ? cli.run("--help") : cli.run(command, "--help");
        assertEquals(ExitCodes.SUCCESS, code);
        assertTrue(cli.stdout.startsWith("Usage: inferenceshift"), cli.stdout);
        assertFalse((cli.stdout + cli.stderr).contains("picocli WARN"), cli.stdout + cli.stderr);
    }

    @Test
    void theHelpListsEveryCommandTheLauncherTakes() {
        cli.run("--help");
        for (String command : List.of("run", "gui", "batch", "claims", "validate", "bench", "metrics", "test")) {
            assertTrue(cli.stdout.contains("\n  " + command + " "), command + " missing from: " + cli.stdout);
        }
    }

    @Test
    void aMistypedCommandGetsTheClosestNames() {
        assertEquals(ExitCodes.BAD_INPUT, cli.run("rnu", "scenarios/baseline.json"));
        assertTrue(cli.stderr.startsWith("inferenceshift: unknown command 'rnu'; did you mean run?\n"), cli.stderr);
        assertFalse(cli.stderr.contains("picocli WARN"), cli.stderr);

        assertEquals(ExitCodes.BAD_INPUT, cli.run("claim"));
        assertTrue(cli.stderr.startsWith("inferenceshift: unknown command 'claim'; did you mean claims?"), cli.stderr);

        assertEquals(ExitCodes.BAD_INPUT, cli.run("simulate"));
        assertTrue(cli.stderr.startsWith("inferenceshift: unknown command 'simulate'\nCommands: run, gui, batch,"), cli.stderr);
    }

    @Test
    void closestNamesAreWithinTwoEditsAndTiesAreAllShown() {
        List<String> names = List.of("run", "batch", "bench", "claims");
        assertEquals(List.of("run"), SubcommandSuggestions.closest("rn", names));
        assertEquals(List.of("batch"), SubcommandSuggestions.closest("bach", names)); // 1 edit from batch, 2 from bench
        assertEquals(List.of("bat", "hat"), SubcommandSuggestions.closest("cat", List.of("bat", "dog", "hat")));
        assertEquals(List.of(), SubcommandSuggestions.closest("validate", names));
    }

    @Test
    void anUnknownEngineIsRefusedNamingSpark(@TempDir Path dir) throws Exception {
        Path experiment = dir.resolve("e.json");
        Files.writeString(experiment, "{\"name\": \"e\", \"purpose\": \"engine check\", \"seed\": 1, \"seeds\": 1, \"scenarios\": [\""
                + Path.of("..", "scenarios", "baseline.json").toAbsolutePath().normalize() + "\"], \"agents\": 100,"
                + " \"set\": {\"horizonMonths\": 12}}");
        assertEquals(ExitCodes.BAD_INPUT, cli.run("batch", experiment.toString(), "--engine", "sparks",
                "--out", dir.resolve("out").toString()));
        assertTrue(cli.stderr.contains("unknown engine \"sparks\"; the engines are local, spark"), cli.stderr);
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
