package org.inferenceshift.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.cli.CliHarness;
import org.inferenceshift.output.AtomicFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resume trusts only what checks out (issue 23): each fault is a damaged folder built in the test. A damaged
 * or empty stored run is run again, and said so; a folder of other inputs, of another model version, or
 * with changed files is refused with what differs; "already complete" only for this experiment intact.
 */
class ResumeIntegrityTest {
    @TempDir
    static Path shared;
    private static Path experiment;
    private static Path reference;

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    /** One scenario, four runs of 200 users over 6 months: seconds, not minutes. */
    static String small(String name) {
        return """
                {"name": "%s", "purpose": "test", "seed": 5, "seeds": 2, "scenarios": [%s], "agents": 200,
                 "set": {"horizonMonths": 6}, "grid": {"population.incomeSigma": [0.6, 1.1]},
                 "keep": {"metrics": ["hhi_revenue"], "statistics": ["last"]}}
                """.formatted(name, ExperimentFiles.scenario("inference-era.json"));
    }

    @BeforeAll
    static void uninterrupted() throws IOException {
        experiment = ExperimentFiles.write(shared, "small.json", small("small"));
        reference = shared.resolve("reference");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("batch", experiment.toString(), "--threads", "1", "--out", reference.toString()), cli.stderr);
    }

    private int batch(Path file, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", file.toString(), "--threads", "1", "--out", out.toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    /** Two of the four runs stored, the rest still to do. */
    private Path interrupted(String name) {
        Path out = dir.resolve(name);
        assertEquals(0, batch(experiment, out, "--max-runs", "2"), cli.stderr);
        return AtomicFolder.resumableStaging(out).resolve(BatchExperiment.PARTS_DIR);
    }

    private void assertSameAsUninterrupted(Path out) throws IOException {
        for (String file : List.of("runs.csv", "timeseries.csv", "plots/hhi_revenue.png")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
    }

    @Test
    void eachStoredRunEndsWithItsOwnLineCountAndChecksum() throws IOException {
        Path parts = interrupted("trailer");
        List<String> lines = Files.readAllLines(parts.resolve("run-0000000.csv"), StandardCharsets.UTF_8);
        // one runs.csv row, then one time-series row per month and kept metric
        assertTrue(lines.get(lines.size() - 1).matches("#part lines=7 sha256=[0-9a-f]{64}"), lines.toString());
    }

    @Test
    void aStoredRunThatLostItsLastLinesIsRunAgainAndSaidSo() throws IOException {
        Path parts = interrupted("cut");
        Path part = parts.resolve("run-0000001.csv");
        List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
        Files.writeString(part, String.join("\n", lines.subList(0, lines.size() - 3)) + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("cut");
        assertEquals(0, batch(experiment, out, "--resume"), cli.stderr);
        assertTrue(cli.stdout.contains("Ran again 1 stored run(s) found damaged: run-0000001.csv (no row count and checksum"
                + " at its end: cut short)"), cli.stdout);
        assertTrue(cli.stdout.contains("3 this session, 1 resumed"), cli.stdout);
        assertSameAsUninterrupted(out);
    }

    @Test
    void anEmptyOrEditedStoredRunIsRunAgainNotFatal() throws IOException {
        Path parts = interrupted("empty");
        Files.write(parts.resolve("run-0000000.csv"), new byte[0]);
        Path edited = parts.resolve("run-0000001.csv");
        Files.writeString(edited, Files.readString(edited).replaceFirst("inference-era", "inference-erb"));
        Path out = dir.resolve("empty");
        assertEquals(0, batch(experiment, out, "--resume"), cli.stderr);
        assertTrue(cli.stdout.contains("Ran again 2 stored run(s) found damaged: run-0000000.csv (empty),"
                + " run-0000001.csv (checksum differs: changed since it was written)"), cli.stdout);
        assertSameAsUninterrupted(out);
    }

    @Test
    void resumeRefusesRunsOfAnotherModelVersionAndSaysWhatDiffers() throws IOException {
        interrupted("model");
        Path out = dir.resolve("model");
        Path plan = AtomicFolder.resumableStaging(out).resolve(BatchExperiment.PLAN_FILE);
        Files.writeString(plan, Files.readString(plan).replaceFirst("\"model\" : \"[0-9a-f]+\"", "\"model\" : \"0123456789abcdef\""));
        assertEquals(2, batch(experiment, out, "--resume"));
        assertTrue(cli.stderr.contains(": the model's code or defaults changed (model 0123456789ab then, "), cli.stderr);
        assertTrue(cli.stderr.contains("Resuming would mix runs of different inputs or model versions"), cli.stderr);
    }

    @Test
    void resumeIntoAnotherFinishedExperimentIsRefusedNotCalledComplete() throws IOException {
        Path other = ExperimentFiles.write(dir, "other.json", small("other"));
        assertEquals(2, batch(other, reference, "--resume"));
        assertEquals("inferenceshift: " + reference + ": is a finished experiment of other inputs: it is experiment"
                + " \"small\", not \"other\". Choose another --out", cli.stderr.strip());
        assertFalse(cli.stdout.contains("Already complete"), cli.stdout);
    }

    @Test
    void aFolderThatOnlyLooksFinishedIsNotComplete() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertEquals(2, batch(experiment, plain, "--resume"));
        assertEquals("inferenceshift: " + plain + ": exists and is not a finished experiment (no manifest.json);"
                + " nothing to resume there. Choose another --out", cli.stderr.strip());
        Files.writeString(plain.resolve("manifest.json"), "{}\n");
        assertEquals(2, batch(experiment, plain, "--resume"));
        assertTrue(cli.stderr.contains("it records no identity"), cli.stderr);
    }

    @Test
    void aFinishedFolderWithAChangedFileIsNotComplete() throws IOException {
        Path copy = dir.resolve("copy");
        assertEquals(0, batch(experiment, copy), cli.stderr);
        assertEquals(0, batch(experiment, copy, "--resume"), cli.stderr);
        assertTrue(cli.stdout.contains("Already complete: " + copy + " (every file checks out"), cli.stdout);
        Path runs = copy.resolve("runs.csv");
        List<String> lines = Files.readAllLines(runs);
        Files.write(runs, lines.subList(0, lines.size() - 1));
        assertEquals(2, batch(experiment, copy, "--resume"));
        assertEquals("inferenceshift: " + copy + ": is this experiment, finished, but its files are not as written"
                + " (runs.csv changed); remove the folder and run the experiment again", cli.stderr.strip());
    }
}
