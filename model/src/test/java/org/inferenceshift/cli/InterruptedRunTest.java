package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inferenceshift.output.HoldStagedResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing a run midway leaves the results folder as it was before the run. The run is a real
 * {@code inferenceshift run} in a child JVM, killed with SIGTERM (what Ctrl-C and {@code kill} send)
 * or SIGKILL ({@code kill -9}) while it simulates, and while its results are staged but not published.
 */
class InterruptedRunTest {
    @TempDir
    Path tmp;
    /** The child's output goes here, outside the folder whose state is compared. */
    @TempDir
    Path logs;

    private Path results;
    private Path scenario;

    @BeforeEach
    void earlierResults() throws IOException {
        results = tmp.resolve("results");
        Files.createDirectories(results.resolve("earlier-run"));
        Files.writeString(results.resolve("earlier-run").resolve("summary.json"), "{\"kept\": true}\n");
        // far longer than the test waits: a million users for a century
        scenario = Files.writeString(tmp.resolve("long.json"), """
                { "name": "long", "horizonMonths": 1200, "population": { "agents": 1000000, "represents": 1.0e9 },
                  "labs": [ { "id": "a", "initialUserShare": 0.1 }, { "id": "b" } ] }
                """);
    }

    @Test
    void sigtermWhileSimulatingLeavesTheResultsFolderAsItWasAndSaysSo() throws Exception {
        Map<String, String> before = CliHarness.snapshot(tmp);
        Child run = Child.start(logs.resolve("run.log"), Main.class, "run", scenario.toString(), "--out", results.resolve("new").toString(),
                "--threads", "1");
        run.awaitLine("Running long");
        Thread.sleep(500);
        assertTrue(run.process.isAlive(), "still simulating when killed");
        run.process.destroy();
        assertEquals(143, run.exitCode(), "terminated by SIGTERM");
        String output = run.output();
        assertTrue(output.contains("inferenceshift: interrupted; no results were written (" + results.resolve("new")
                + " was not created)"), output);
        assertEquals(before, CliHarness.snapshot(tmp));
    }

    @Test
    void sigkillWhileSimulatingLeavesTheResultsFolderAsItWas() throws Exception {
        Map<String, String> before = CliHarness.snapshot(tmp);
        Child run = Child.start(logs.resolve("run.log"), Main.class, "run", scenario.toString(), "--out", results.resolve("new").toString(),
                "--threads", "1");
        run.awaitLine("Running long");
        Thread.sleep(500);
        assertTrue(run.process.isAlive(), "still simulating when killed");
        run.process.destroyForcibly();
        assertEquals(137, run.exitCode(), "killed by SIGKILL");
        assertEquals(before, CliHarness.snapshot(tmp));
    }

    @Test
    void sigtermWhileResultsAreStagedRemovesThem() throws Exception {
        Map<String, String> before = CliHarness.snapshot(tmp);
        Child run = Child.start(logs.resolve("run.log"), HoldStagedResults.class, results.resolve("new").toString());
        run.awaitLine("staged");
        assertTrue(hidden(results).size() == 1, "the staging folder exists while writing");
        run.process.destroy();
        assertEquals(143, run.exitCode());
        assertEquals(before, CliHarness.snapshot(tmp), "the shutdown hook removed the staging folder");
    }

    @Test
    void sigkillWhileResultsAreStagedLeavesOnlyAHiddenPartialFolder() throws Exception {
        Map<String, String> before = CliHarness.snapshot(tmp);
        Child run = Child.start(logs.resolve("run.log"), HoldStagedResults.class, results.resolve("new").toString());
        run.awaitLine("staged");
        long pid = run.process.pid();
        run.process.destroyForcibly();
        assertEquals(137, run.exitCode());
        // no code runs on SIGKILL: what was staged stays, hidden and named for the process that wrote it
        assertFalse(Files.exists(results.resolve("new")), "never a folder under the final name");
        List<String> leftovers = hidden(results);
        assertEquals(1, leftovers.size(), leftovers.toString());
        assertTrue(leftovers.get(0).startsWith(".new.partial-" + pid + "-"), leftovers.get(0));
        Map<String, String> after = CliHarness.snapshot(tmp);
        after.keySet().removeIf(path -> path.contains(".new.partial-"));
        assertEquals(before, after, "everything else as it was");
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    /** A JVM running {@code main} on the test classpath, its output and errors captured in one log file. */
    private static final class Child {
        final Process process;
        private final Path log;

        private Child(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Child start(Path log, Class<?> main, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(List.of(args));
            return new Child(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
        }

        void awaitLine(String prefix) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (output().lines().anyMatch(line -> line.startsWith(prefix))) {
                    return;
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("child did not print \"" + prefix + "\": " + output());
        }

        int exitCode() throws InterruptedException {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child ended");
            return process.exitValue();
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }
}
