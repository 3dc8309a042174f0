package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where results go: refused before the run when unusable, and never outside results/ by accident. */
class OutputLocationTest {
    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    private Path scenario() throws Exception {
        return Files.writeString(tmp.resolve("s.json"), """
                { "horizonMonths": 3, "population": { "agents": 50 }, "labs": [ { "id": "a", "trainingMonths": 1 } ] }
                """);
    }

    @Test
    void aResultsFolderUnderAFileIsRefusedBeforeTheRunWithExitTwo() throws Exception {
        Path file = scenario();
        Path out = file.resolve("run");
        Map<String, String> before = CliHarness.snapshot(tmp);
        assertEquals(ExitCodes.BAD_INPUT, cli.run("run", file.toString(), "--out", out.toString()));
        assertEquals("inferenceshift: " + out + ": cannot create the results folder: " + file + " is a file, not a folder",
                cli.stderr.strip());
        assertFalse(cli.stdout.contains("Running"), "refused before simulating");
        assertEquals(before, CliHarness.snapshot(tmp));
    }

    @Test
    void anExistingEmptyFolderIsRefusedToo() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("empty"));
        assertEquals(ExitCodes.BAD_INPUT, cli.run("run", scenario().toString(), "--out", out.toString()));
        assertTrue(cli.stderr.contains(out + ": already exists; results are never overwritten"), cli.stderr);
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing mixed into it");
        }
    }

    @Test
    void theDefaultFolderNameCannotLeaveResultsOrNestFolders() {
        Path folder = RunCommand.defaultFolder(TestScenarios.parse("""
                { "name": "../../etc/my run", "labs": [ { "id": "a" } ] }
                """));
        assertEquals(Path.of("results"), folder.getParent());
        assertTrue(folder.getFileName().toString().startsWith("-..-etc-my-run-seed1-"), folder.toString());
    }
}
