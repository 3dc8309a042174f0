package org.inferenceshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.inferenceshift.bench.BatchBenchmark;
import org.inferenceshift.bench.BenchReport;
import org.inferenceshift.bench.EndToEnd;
import org.inferenceshift.bench.Machine;
import org.inferenceshift.bench.ScalingChart;
import org.inferenceshift.bench.SizeResult;
import org.inferenceshift.bench.StepBenchmark;
import org.inferenceshift.bench.ThreadDeterminism;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inferenceshift bench}: the performance benchmark of docs/PERFORMANCE.md. Times the model per
 * user-step at several population sizes next to a bare kernel over the same arrays, measures heap per
 * user, end-to-end wall time of {@code ./inferenceshift run}, batch throughput with one and several
 * workers, and checks that one and several threads give byte-identical outputs. Writes
 * {@code bench.json}, {@code scaling.csv} and {@code scaling.png}. Timings keep the best of the
 * repeats; other work on the machine slows them, so the load average is recorded too.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: time per user-step against a bare kernel, memory, run time, batch throughput, determinism.",
                "Measures several sizes; writes bench.json, scaling.csv and scaling.png."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.json",
            description = "Scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "scenarios/inference-era.json")
    Path scenarioFile;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...",
            description = "Population sizes to time (default: ${DEFAULT-VALUE}).", defaultValue = "10000,100000,1000000,10000000")
    List<Integer> sizes;

    @Option(names = "--months", paramLabel = "N", description = "Months per run (default: the scenario's horizon).")
    Integer months;

    @Option(names = "--repeats", paramLabel = "N", description = "Runs per size; each timing keeps the fastest (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int repeats;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the user pass and the kernel (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--end-to-end-users", paramLabel = "N",
            description = "Users of the timed ./inferenceshift run (0 skips it; default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
    int endToEndUsers;

    @Option(names = "--determinism-users", paramLabel = "N",
            description = "Users of the 1-thread vs N-thread comparison (0 skips it; default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
    int determinismUsers;

    @Option(names = "--batch-runs", paramLabel = "N",
            description = "Runs in the batch throughput experiment (0 skips it; default: ${DEFAULT-VALUE}).", defaultValue = "16")
    int batchRuns;

    @Option(names = "--batch-users", paramLabel = "N", description = "Users per batch run (default: ${DEFAULT-VALUE}).",
            defaultValue = "20000")
    int batchUsers;

    @Option(names = "--launcher", paramLabel = "FILE", description = "Launcher timed end to end (default: ${DEFAULT-VALUE}).",
            defaultValue = "inferenceshift")
    Path launcher;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/bench-<time>); must not exist.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (ThreadsOption.refused(threads, err)) {
            return ExitCodes.BAD_INPUT;
        }
        if (!optionsInRange()) {
            err.println("inferenceshift: --sizes, --months, --repeats and --batch-users must be positive; "
                    + "--end-to-end-users, --determinism-users and --batch-runs at least 0");
            return ExitCodes.BAD_INPUT;
        }
        Path folder = out != null ? out : defaultFolder();
        try {
            Scenario base = ScenarioLoader.load(scenarioFile);
            AtomicFolder.checkAvailable(folder);
            if (endToEndUsers > 0 && !Files.isExecutable(launcher)) {
                err.println("inferenceshift: " + launcher + ": launcher not found (run bench from the project folder, "
                        + "or skip the end-to-end timing with --end-to-end-users 0)");
                return ExitCodes.BAD_INPUT;
            }
            benchmark(base, folder);
            return ExitCodes.SUCCESS;
        } catch (ScenarioException | OutputExistsException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (IOException | RunFailedException e) {
            err.println("inferenceshift: benchmark failed: " + e.getMessage());
            return ExitCodes.FAILED_RUN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("inferenceshift: benchmark interrupted");
            return ExitCodes.FAILED_RUN;
        }
    }

    private boolean optionsInRange() {
        return repeats >= 1 && !sizes.isEmpty() && sizes.stream().allMatch(n -> n >= 1)
                && endToEndUsers >= 0 && determinismUsers >= 0 && batchRuns >= 0 && batchUsers >= 1
                && (months == null || months >= 1);
    }

    /** Every measurement the options ask for, in order, then the results folder (complete or absent). */
    private void benchmark(Scenario base, Path folder)
            throws IOException, ScenarioException, OutputExistsException, RunFailedException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        int horizon = months != null ? months : base.horizonMonths();
        try (AtomicFolder results = AtomicFolder.create(folder)) {
            Path work = Files.createDirectories(results.resolve("work"));
            Machine machine = Machine.current();
            stdout.println("Benchmark of " + scenarioFile + " (" + horizon + " months) on " + machine.describe());
            stdout.println("Timings keep the fastest of the repeats; other work on the machine slows them.");
            stdout.flush();
            EndToEnd.Result endToEnd = endToEndUsers > 0 ? timeEndToEnd(stdout, horizon, work) : null;
            List<SizeResult> measured = timeSizes(stdout, horizon);
            ThreadDeterminism.Result determinism = determinismUsers > 0 && threads > 1
                    ? checkDeterminism(stdout, horizon, work) : null;
            BatchBenchmark.Result batch = batchRuns > 0 && threads > 1 ? timeBatch(stdout, horizon, work) : null;
            deleteTree(work);
            BenchReport report = new BenchReport(machine, scenarioFile.toString(), measured, endToEnd, batch,
                    determinism, Machine.loadNow());
            write(results, report, measured, base, horizon);
            stdout.println();
            stdout.print(report.table());
            stdout.println();
            stdout.println("Results: " + folder);
        }
    }

    private EndToEnd.Result timeEndToEnd(PrintWriter stdout, int horizon, Path work)
            throws IOException, InterruptedException {
        EndToEnd.Result endToEnd = EndToEnd.measure(launcher.toAbsolutePath(), scenarioFile.toAbsolutePath(),
                endToEndUsers, horizon, repeats, work);
        stdout.printf(Locale.ROOT, "End to end (./inferenceshift run, %,d users): best %.1f s of %s%n",
                endToEndUsers, endToEnd.bestSeconds(), endToEnd.seconds());
        stdout.flush();
        return endToEnd;
    }

    /** Each size, smallest first, after an untimed run that lets the JIT compile the step. */
    private List<SizeResult> timeSizes(PrintWriter stdout, int horizon) throws ScenarioException {
        List<Integer> ordered = sizes.stream().distinct().sorted().toList();
        StepBenchmark.measure(scenario(Math.min(50_000, ordered.get(0) * 5), Math.min(24, horizon)), threads, 1);
        List<SizeResult> measured = new ArrayList<>();
        for (int users : ordered) {
            SizeResult r = StepBenchmark.measure(scenario(users, horizon), threads, repeats);
            measured.add(r);
            stdout.printf(Locale.ROOT, "%,d users: month %.1f ns, pass %.1f ns, kernel %.1f ns per user-step "
                            + "(model/kernel %.2f) on %.2f cores; %.1f heap bytes per user; load %.1f%n", users,
                    r.stepNs(), r.passNs(), r.kernelNs(), r.stepOverKernel(), r.stepCores(), r.heapBytesPerUser(),
                    Machine.loadNow());
            stdout.flush();
        }
        return measured;
    }

    private ThreadDeterminism.Result checkDeterminism(PrintWriter stdout, int horizon, Path work)
            throws IOException, ScenarioException, OutputExistsException {
        ThreadDeterminism.Result determinism = ThreadDeterminism.check(scenario(determinismUsers, horizon), threads,
                work);
        stdout.printf(Locale.ROOT, "Determinism, %,d users, 1 vs %d threads: %s%n", determinismUsers, threads,
                determinism.identical() ? "byte-identical" : "DIFFERENT (" + determinism.firstDifference() + ")");
        stdout.flush();
        return determinism;
    }

    private BatchBenchmark.Result timeBatch(PrintWriter stdout, int horizon, Path work)
            throws IOException, ScenarioException, RunFailedException {
        BatchBenchmark.Result batch = BatchBenchmark.measure(scenarioFile, batchUsers, horizon, batchRuns, threads,
                repeats, work);
        stdout.printf(Locale.ROOT, "Batch, %d runs of %,d users: %.1f runs/min with 1 worker, %.1f with %d (x %.2f); "
                        + "CPU per run %.3f s and %.3f s, cores had %.2f and %.2f; load %.1f%n",
                batch.runs(), batchUsers, batch.runsPerMinuteOne(), batch.runsPerMinuteMany(), threads, batch.speedup(),
                batch.cpuSecondsPerRunOne(), batch.cpuSecondsPerRunMany(), batch.coresOne(), batch.coresMany(),
                Machine.loadNow());
        stdout.flush();
        return batch;
    }

    /** bench.json, scaling.csv and scaling.png, then the folder is committed. */
    private void write(AtomicFolder results, BenchReport report, List<SizeResult> measured, Scenario base, int horizon)
            throws IOException, OutputExistsException {
        results.writeString("bench.json", report.json());
        results.writeString("scaling.csv", report.csv());
        ScalingChart.write(measured, String.format(Locale.ROOT, "%s, %d months, %d threads", base.name(), horizon,
                threads), results.resolve("scaling.png"));
        results.commit();
    }

    private Scenario scenario(int users, int horizon) throws ScenarioException {
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        overrides.put("population.agents", IntNode.valueOf(users));
        overrides.put("horizonMonths", IntNode.valueOf(horizon));
        return ScenarioLoader.load(scenarioFile, overrides);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path defaultFolder() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return Path.of("results", "bench-" + stamp);
    }
}
