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
    /** Runs per minute with one worker and with {@code threads} workers, each the best of its repeats. */
    public record Result(int runs, int users, int months, int threads, double runsPerMinuteOne,
                         double runsPerMinuteMany) {
        public double speedup() {
            return runsPerMinuteMany / runsPerMinuteOne;
        }
    }

    private BatchBenchmark() {
    }

    public static Result measure(Path scenarioFile, int users, int months, int runs, int threads, int repeats,
                                 Path workDir) throws IOException, ScenarioException, RunFailedException {
        RunPlan plan = RunPlanner.plan(ExperimentLoader.load(experimentFile(scenarioFile, users, months, runs, workDir)));
        // one untimed pass so both timings see compiled code
        time(plan, threads);
        double one = Double.MAX_VALUE;
        double many = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            one = Math.min(one, time(plan, 1));
            many = Math.min(many, time(plan, threads));
        }
        return new Result(plan.size(), users, months, threads, plan.size() / (one / 60), plan.size() / (many / 60));
    }

    private static double time(RunPlan plan, int threads) throws RunFailedException {
        AtomicInteger rows = new AtomicInteger();
        long started = System.nanoTime();
        try (LocalEngine engine = new LocalEngine(threads)) {
            engine.execute(plan.task(), plan.runs(), row -> rows.incrementAndGet());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (rows.get() != plan.size()) {
            throw new IllegalStateException("batch benchmark: " + rows.get() + " of " + plan.size() + " runs finished");
        }
        return seconds;
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
