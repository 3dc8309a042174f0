package org.inferenceshift.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.cli.Main;
import org.inferenceshift.output.AtomicFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The batch command end to end on a 12-run experiment: the same files whatever the thread count, and
 * the same files after an interruption and a resume as without one.
 */
class BatchExperimentTest {
    @TempDir
    static Path shared;
    static Path experiment;
    /** The uninterrupted, single-threaded reference every other run is compared with. */
    static Path reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void runReference() throws IOException {
        experiment = ExperimentFiles.write(shared, "tiny.json", ExperimentFiles.tiny());
        reference = shared.resolve("reference");
        assertEquals(0, batch("--threads", "1", "--out", reference.toString()).code());
    }

    record Result(int code, String out, String err) {
    }

    static Result batch(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("batch", experiment.toString()));
        args.addAll(List.of(options));
        int code = cli.execute(args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** Every file but the manifest (the one file with timestamps) is byte-identical, PNGs included. */
    static void assertSameResults(Path expected, Path actual) throws IOException {
        List<Path> files = ExperimentFiles.files(expected);
        assertEquals(files, ExperimentFiles.files(actual));
        assertTrue(files.contains(Path.of("runs.csv")) && files.contains(Path.of("timeseries.csv"))
                && files.contains(Path.of("plots", "gini_access.png")) && files.contains(Path.of("manifest.json")), files::toString);
        for (Path file : files) {
            if (!file.toString().equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                        file + " differs");
            }
        }
    }

    @Test
    void oneAndTwoThreadsWriteByteIdenticalFiles() throws IOException {
        Path twoThreads = dir.resolve("two");
        Result result = batch("--threads", "2", "--out", twoThreads.toString());
        assertEquals(0, result.code(), result.err());
        assertSameResults(reference, twoThreads);
        // not a terminal here, so progress comes as plain ASCII lines ending at the total
        assertTrue(result.err().lines().anyMatch(l -> l.startsWith("runs 100%") && l.contains("12/12 runs")), result.err());
    }

    @Test
    void aResumedExperimentEndsIdenticalToAnUninterruptedOne() throws Exception {
        Path out = dir.resolve("resumed");
        Result first = batch("--threads", "2", "--max-runs", "5", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertFalse(Files.exists(out), "an unfinished experiment must not look finished");
        Path parts = AtomicFolder.resumableStaging(out).resolve(BatchExperiment.PARTS_DIR);
        assertEquals(5, partCount(parts));
        RunPlan plan = RunPlanner.plan(ExperimentLoader.load(experiment));
        assertEquals(5, BatchExperiment.finishedRuns(plan, out), "the staged parts, for progress before resuming");
        assertEquals(12, BatchExperiment.finishedRuns(plan, reference));
        assertEquals(0, BatchExperiment.finishedRuns(plan, dir.resolve("never-run")));
        // what a kill during a write leaves behind: a half-written temporary part
        Files.writeString(parts.resolve("run-0000007.csv.tmp"), "7,inference-era,2,1.", StandardCharsets.UTF_8);

        Result again = batch("--threads", "1", "--out", out.toString());
        assertEquals(2, again.code(), "without --resume an interrupted experiment is left alone");
        assertTrue(again.err().contains("--resume"), again.err());

        Result resumed = batch("--threads", "2", "--resume", "--out", out.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("7 this session, 5 resumed"), resumed.out());
        assertSameResults(reference, out);
        assertFalse(Files.exists(AtomicFolder.resumableStaging(out)));

        Result done = batch("--resume", "--out", out.toString());
        assertEquals(0, done.code(), "resuming a finished experiment is a no-op, not an error");
        assertTrue(done.out().contains("Already complete"), done.out());
        assertSameResults(reference, out);
    }

    @Test
    void aKilledExperimentResumesToIdenticalFiles() throws IOException, InterruptedException {
        Path bigger = ExperimentFiles.write(dir, "kill.json", ExperimentFiles.tiny()
                .replace("\"seeds\": 2", "\"seeds\": 8").replace("\"agents\": 400", "\"agents\": 3000")
                .replace("\"name\": \"tiny\"", "\"name\": \"kill\""));
        Path uninterrupted = dir.resolve("uninterrupted");
        Path out = dir.resolve("killed");
        Path parts = AtomicFolder.resumableStaging(out).resolve(BatchExperiment.PARTS_DIR);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "batch", bigger.toString(), "--threads", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        try {
            while (partCount(parts) < 3 && process.isAlive()) {
                Thread.sleep(5);
            }
        } finally {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(out), "the experiment finished before it could be killed: "
                + Files.readString(dir.resolve("killed.log")));
        int survived = partCount(parts);
        assertTrue(survived >= 3 && survived < 48, "parts after the kill: " + survived);

        experiment = bigger;
        try {
            assertEquals(0, batch("--threads", "2", "--resume", "--out", out.toString()).code());
            assertEquals(0, batch("--threads", "2", "--out", uninterrupted.toString()).code());
        } finally {
            experiment = shared.resolve("tiny.json");
        }
        assertSameResults(uninterrupted, out);
    }

    @Test
    void aChangedExperimentIsNotResumedIntoTheOldRuns() throws IOException {
        Path out = dir.resolve("changed");
        assertEquals(0, batch("--max-runs", "2", "--out", out.toString()).code());
        Path original = experiment;
        experiment = ExperimentFiles.write(dir, "tiny.json", ExperimentFiles.tiny().replace("\"seed\": 99", "\"seed\": 100"));
        try {
            Result resumed = batch("--resume", "--out", out.toString());
            assertEquals(2, resumed.code());
            assertTrue(resumed.err().contains("cannot resume the experiment staged in") && resumed.err().contains(": the experiment file changed."), resumed.err());
        } finally {
            experiment = original;
        }
    }

    @Test
    void everyRunRowCarriesItsVariedParametersAndItsOwnSeed() throws IOException {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(reference.resolve("runs.csv"));
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            assertEquals(List.of("run_id", "scenario", "point", "population.incomeSigma", "replicate", "seed",
                    "hhi_revenue_last", "hhi_revenue_mean", "gini_access_last", "gini_access_mean"), parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(12, rows.size());
        Set<String> seeds = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (CSVRecord row : rows) {
            assertTrue(Set.of("0.6", "0.85", "1.1").contains(row.get("population.incomeSigma")), row.toString());
            assertTrue(seeds.add(row.get("seed")), "seed reused: " + row);
            cells.add(row.get("scenario") + "/" + row.get("population.incomeSigma") + "/" + row.get("replicate"));
        }
        assertEquals(12, cells.size(), "each scenario, point and replicate once");
        // the long table has one row per run, month and kept metric
        try (Stream<String> lines = Files.lines(reference.resolve("timeseries.csv"))) {
            assertEquals(1 + 12 * 12 * 2, lines.count());
        }
    }

    @Test
    void theSparkEngineOutsideItsModuleIsBadInputWithDirections() {
        Path out = dir.resolve("nospark");
        Result result = batch("--engine", "spark", "--out", out.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("spark engine is not on this classpath") && result.err().contains("./inferenceshift"),
                result.err());
        assertFalse(Files.exists(out) || Files.exists(AtomicFolder.resumableStaging(out)));
    }

    private static int partCount(Path parts) throws IOException {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(parts)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".csv")).count();
        }
    }
}
