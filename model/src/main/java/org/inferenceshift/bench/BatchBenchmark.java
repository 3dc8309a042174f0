package org.inferenceshift.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.LocalEngine;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.RunPlanner;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Batch throughput: the same small experiment (one scenario, {@code runs} seeds) on the local engine with
 * one worker thread and with {@code threads}, in runs per minute. Each run of a batch is single-threaded
 * ({@link org.inferenceshift.experiment.RunTask}), so parallelism is across runs and the two figures show
 * how well independent runs share the machine. Only the engine's execution is timed (not the tables and
 * plots a batch writes at the end).
 */
public final class BatchBenchmark {
    /**
     * Runs per minute with one worker and with {@code threads} workers, each the best of its repeats, with
     * the process's CPU seconds per run and the cores it really had (CPU time over wall time) in those
     * best repeats. Equal CPU per run means the workers did not slow each other down: then a speed-up
     * short of the thread count comes from cores the machine did not give, not from the code.
     */
    public record Result(int runs, int users, int months, int threads, double runsPerMinuteOne,
                         double runsPerMinuteMany, double cpuSecondsPerRunOne, double cpuSecondsPerRunMany,
                         double coresOne, double coresMany) {
        public double speedup() {
            return runsPerMinuteMany / runsPerMinuteOne;
        }
    }

    /** Wall and CPU seconds of one execution. */
    private record Timing(double wall, double cpu) {
    }

    private BatchBenchmark() {
    }

    public static Result measure(Path scenarioFile, int users, int months, int runs, int threads, int repeats,
                                 Path workDir) throws IOException, ScenarioException, RunFailedException {
        RunPlan plan = RunPlanner.plan(ExperimentLoader.load(experimentFile(scenarioFile, users, months, runs, workDir)));
        // untimed passes so both timings see compiled code (the JIT needs a few runs to settle)
        for (int w = 0; w < WARM_UP_PASSES; w++) {
            time(plan, threads);
        }
        Timing one = null;
        Timing many = null;
        for (int r = 0; r < repeats; r++) {
            one = faster(one, time(plan, 1));
            many = faster(many, time(plan, threads));
        }
        int n = plan.size();
        return new Result(n, users, months, threads, n / (one.wall() / 60), n / (many.wall() / 60), one.cpu() / n,
                many.cpu() / n, one.cpu() / one.wall(), many.cpu() / many.wall());
    }

    private static final int WARM_UP_PASSES = 2;

    private static Timing faster(Timing best, Timing next) {
        return best == null || next.wall() < best.wall() ? next : best;
    }

    private static Timing time(RunPlan plan, int threads) throws RunFailedException {
        AtomicInteger rows = new AtomicInteger();
        long cpu = Machine.processCpuNanos();
        long started = System.nanoTime();
        try (LocalEngine engine = new LocalEngine(threads)) {
            engine.execute(plan.task(), plan.runs(), row -> rows.incrementAndGet());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (Machine.processCpuNanos() - cpu) / 1e9;
        if (rows.get() != plan.size()) {
            throw new IllegalStateException("batch benchmark: " + rows.get() + " of " + plan.size() + " runs finished");
        }
        return new Timing(seconds, cpuSeconds);
    }

    private static Path experimentFile(Path scenarioFile, int users, int months, int runs, Path workDir)
            throws IOException {
        ObjectNode root = ScenarioLoader.mapper().createObjectNode();
        root.put("name", "bench-batch");
        root.put("purpose", "Batch throughput benchmark: one scenario, one design point, many seeds.");
        root.put("seed", 1);
        root.put("seeds", runs);
        root.putArray("scenarios").add(scenarioFile.toAbsolutePath().toString());
        root.put("agents", users);
        root.putObject("set").put("horizonMonths", months);
        ObjectNode keep = root.putObject("keep");
        keep.putArray("metrics").add("gini_access");
        keep.putArray("statistics").add("last");
        Path file = workDir.resolve("bench-batch.json");
        Files.writeString(file, ScenarioLoader.mapper().writeValueAsString(root));
        return file;
    }
}
