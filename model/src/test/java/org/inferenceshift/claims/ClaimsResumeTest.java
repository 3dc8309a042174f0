package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.LocalEngine;
import org.inferenceshift.experiment.PlannedRun;
import org.inferenceshift.experiment.ProgressListener;
import org.inferenceshift.experiment.ResumeException;
import org.inferenceshift.experiment.RowSink;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunTask;
import org.inferenceshift.output.AtomicFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claims run that fails halfway resumes to the files an uninterrupted run writes. */
class ClaimsResumeTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    /** Small enough to run three times in a test: 2 seeds and 4 worlds of 500 users per arm. */
    private static final ClaimsSettings TINY = new ClaimsSettings("custom", 20250214, 2, 4, 500, 1);

    @TempDir
    Path dir;

    /** Runs the first {@code runs} runs it is given, then fails as a crashed executor would. */
    private record StopAfter(int runs) implements ExperimentEngine {
        @Override
        public String name() {
            return "stop-after";
        }

        @Override
        public int parallelism() {
            return 1;
        }

        @Override
        public void execute(RunTask task, List<PlannedRun> planned, RowSink sink) throws RunFailedException {
            new LocalEngine(1).execute(task, planned.subList(0, Math.min(runs, planned.size())), sink);
            throw new RunFailedException("simulated crash", null);
        }
    }

    @Test
    void anInterruptedRunResumesToTheSameFiles() throws Exception {
        Path reference = dir.resolve("reference");
        ClaimsEngine.run(TINY, SCENARIOS, reference, false, new LocalEngine(2), ProgressListener.NONE);

        Path resumed = dir.resolve("resumed");
        assertThrows(RunFailedException.class,
                () -> ClaimsEngine.run(TINY, SCENARIOS, resumed, false, new StopAfter(5), ProgressListener.NONE));
        assertFalse(Files.exists(resumed), "an unfinished claims run must not look finished");
        assertTrue(Files.isDirectory(AtomicFolder.resumableStaging(resumed)));

        ResumeException withoutFlag = assertThrows(ResumeException.class,
                () -> ClaimsEngine.run(TINY, SCENARIOS, resumed, false, new LocalEngine(2), ProgressListener.NONE));
        assertTrue(withoutFlag.getMessage().contains("--resume"), withoutFlag.getMessage());
        ResumeException otherSettings = assertThrows(ResumeException.class,
                () -> ClaimsEngine.run(TINY.with(3, null, null), SCENARIOS, resumed, true, new LocalEngine(2),
                        ProgressListener.NONE));
        assertTrue(otherSettings.getMessage().contains("other settings"), otherSettings.getMessage());

        ClaimsEngine.run(TINY, SCENARIOS, resumed, true, new LocalEngine(2), ProgressListener.NONE);
        for (String file : List.of("claims.csv", "robustness.csv", "report.md", "report.html",
                "runs/comparison/runs.csv", "runs/robustness/runs.csv", "runs/robustness/timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(resumed.resolve(file)), file);
        }
        assertFalse(Files.exists(AtomicFolder.resumableStaging(resumed)));
        assertEquals(ClaimRegistry.claims().size() + 1, Files.readAllLines(resumed.resolve("claims.csv")).size());

        ClaimsEngine.checkComplete(TINY, SCENARIOS, resumed);
        ResumeException otherMode = assertThrows(ResumeException.class,
                () -> ClaimsEngine.checkComplete(TINY.with(3, null, null), SCENARIOS, resumed));
        assertTrue(otherMode.getMessage().contains("is a claims run of other settings or scenario files (comparison.json differs)"),
                otherMode.getMessage());
        Files.writeString(resumed.resolve("claims.csv"), "edited\n");
        ResumeException damaged = assertThrows(ResumeException.class,
                () -> ClaimsEngine.checkComplete(TINY, SCENARIOS, resumed));
        assertTrue(damaged.getMessage().contains("its files are not as written (claims.csv changed)"), damaged.getMessage());
        Files.delete(resumed.resolve("runs/comparison/runs.csv"));
        ResumeException damagedRuns = assertThrows(ResumeException.class,
                () -> ClaimsEngine.checkComplete(TINY, SCENARIOS, resumed));
        assertTrue(damagedRuns.getMessage().contains("runs.csv is missing"), damagedRuns.getMessage());

        withAPosteriorOnlyThePosteriorExperimentIsAddedAndAFinishedRunWithoutItIsNotTaken(reference);
    }

    /**
     * The reference run's experiments staged as an interrupted run's, then resumed with a posterior: only the
     * posterior experiment runs, the verdicts stay, and each tested claim gets its posterior share.
     */
    private void withAPosteriorOnlyThePosteriorExperimentIsAddedAndAFinishedRunWithoutItIsNotTaken(Path reference)
            throws Exception {
        Path file = dir.resolve("posterior.csv");
        Files.writeString(file, "sample,population.valueUsdPerMonthAtMedianIncome,distance\n0,8,0.01\n5,14,0.03\n");
        PosteriorWorlds posterior = PosteriorWorlds.read(file);
        ResumeException notWithout = assertThrows(ResumeException.class,
                () -> ClaimsEngine.checkComplete(TINY, SCENARIOS, posterior, reference));
        assertTrue(notWithout.getMessage().contains("posterior.json differs"), notWithout.getMessage());

        Path out = dir.resolve("with-posterior");
        Path staging = AtomicFolder.resumableStaging(out);
        for (String part : List.of(ClaimsEngine.EXPERIMENTS, ClaimsEngine.RUNS)) {
            try (var paths = Files.walk(reference.resolve(part))) {
                for (Path from : paths.toList()) {
                    Path to = staging.resolve(reference.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
        }
        ClaimsEngine.Outcome outcome = ClaimsEngine.run(TINY, SCENARIOS, posterior, out, true, new LocalEngine(2),
                ProgressListener.NONE);

        assertArrayEquals(Files.readAllBytes(reference.resolve("claims.csv")), Files.readAllBytes(out.resolve("claims.csv")));
        assertArrayEquals(Files.readAllBytes(reference.resolve("runs/robustness/runs.csv")),
                Files.readAllBytes(out.resolve("runs/robustness/runs.csv")), "the robustness runs were taken, not rerun");
        long tested = outcome.results().stream().filter(r -> r.interval() != null).count();
        List<String> rows = Files.readAllLines(out.resolve(ClaimsCsv.POSTERIOR_FILE));
        assertEquals("claim,hand_range_share,hand_range_worlds,posterior_share,posterior_worlds", rows.get(0));
        assertEquals(tested + 1, rows.size());
        assertEquals(tested, outcome.findings().posterior().size());
        for (PosteriorShare share : outcome.findings().posterior()) {
            assertTrue(share.worlds() <= 2, share.toString());
        }
        assertTrue(Files.readString(out.resolve(ClaimsEngine.REPORT_MD)).contains("On the calibration posterior"));
        ClaimsEngine.checkComplete(TINY, SCENARIOS, posterior, out);
    }

    @Test
    void aFolderWithOnlyAReportIsNotACompleteClaimsRun() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("not-claims"));
        Files.writeString(folder.resolve(ClaimsEngine.REPORT_MD), "# my notes\n");
        org.inferenceshift.cli.CliHarness cli = new org.inferenceshift.cli.CliHarness();
        assertEquals(2, cli.run("claims", "--quick", "--resume", "--out", folder.toString()), cli.stdout);
        assertEquals("inferenceshift: " + folder + ": exists and is not a finished claims run (no manifest.json);"
                + " nothing to resume there. Choose another --out", cli.stderr.strip());
        assertFalse(cli.stdout.contains("Already complete"), cli.stdout);
    }
}
