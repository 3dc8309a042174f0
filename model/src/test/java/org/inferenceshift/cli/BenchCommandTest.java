package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command end to end at toy size: that it runs every phase and writes its files. It asserts
 * what was measured and written, never how fast: speed is the benchmark's own output.
 */
class BenchCommandTest {
    private static final String SCENARIO = Path.of("..", "scenarios", "inference-era.json").toString();

    @TempDir
    Path tmp;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        CliHarness cli = new CliHarness();
        int code = cli.run(args);
        stdout = cli.stdout;
        stderr = cli.stderr;
        return code;
    }

    /** Stands in for ./inferenceshift: writes a report.html into the folder after --out, like a finished run; --help succeeds. */
    private Path fakeLauncher() throws Exception {
        Path script = tmp.resolve("fake-launcher");
        Files.writeString(script, """
                #!/bin/sh
                while [ $# -gt 0 ]; do
                  if [ "$1" = "--out" ]; then mkdir -p "$2" && echo done > "$2/report.html"; fi
                  shift
                done
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void everyPhaseRunsAtToySizeAndTheResultsAreWritten() throws Exception {
        Path out = tmp.resolve("bench");
        int exit = run("bench", SCENARIO, "--sizes", "1500,3000", "--months", "8", "--repeats", "1", "--threads", "2",
                "--end-to-end-users", "1000", "--launcher", fakeLauncher().toString(),
                "--determinism-users", "2000", "--batch-runs", "2", "--batch-users", "500", "--out", out.toString());
        assertEquals(ExitCodes.SUCCESS, exit, stderr);
        JsonNode bench = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
        assertEquals(2, bench.get("sizes").size());
        for (JsonNode size : bench.get("sizes")) {
            assertEquals(8, size.get("months").asInt());
            assertTrue(size.get("kernelNs").asDouble() > 0 && size.get("stepNs").asDouble() >= size.get("passNs").asDouble(),
                    "a month includes its user pass: " + size);
            assertTrue(size.get("heapBytesPerUser").asDouble() > 0);
            // CPU clocks tick too coarsely for toy runs to show more than that the figure is recorded
            assertTrue(size.get("stepCores").asDouble() >= 0, "the cores the model had are recorded");
        }
        assertTrue(bench.get("determinism").get("identical").asBoolean(), "1 and 2 threads give the same files");
        assertEquals(2, bench.get("batch").get("runs").asInt());
        assertTrue(bench.get("batch").get("cpuSecondsPerRunMany").asDouble() >= 0);
        assertEquals(1, bench.get("endToEnd").get("seconds").size());
        assertEquals(7, bench.get("targets").size(), "every target of the issue is listed, measured or not");
        assertEquals(3, Files.readAllLines(out.resolve("scaling.csv")).size(), "header and one row per size");
        assertEquals(1400, ImageIO.read(out.resolve("scaling.png").toFile()).getWidth());
        assertFalse(Files.exists(out.resolve("work")), "scratch runs are removed");
        assertTrue(stdout.contains("model / kernel"), stdout);
    }

    @Test
    void badSizesAreRefusedBeforeAnyWork() {
        Path out = tmp.resolve("never");
        assertEquals(ExitCodes.BAD_INPUT, run("bench", SCENARIO, "--sizes", "0", "--out", out.toString()));
        assertTrue(stderr.contains("--sizes"), stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingLauncherIsNamed() {
        Path out = tmp.resolve("never");
        assertEquals(ExitCodes.BAD_INPUT, run("bench", SCENARIO, "--sizes", "1000", "--launcher",
                tmp.resolve("nothing-here").toString(), "--out", out.toString()));
        assertTrue(stderr.contains("nothing-here"), stderr);
        assertFalse(Files.exists(out));
    }
}
