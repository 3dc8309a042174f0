package org.inferenceshift.experiment;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an experiment on a fixed pool of threads on this machine, one run per thread at a time. Rows are
 * taken as they complete and passed to the sink on the calling thread, so only finished, unwritten rows
 * wait in memory.
 */
public final class LocalEngine implements ExperimentEngine {
    private final int threads;

    public LocalEngine(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public String name() {
        return Engines.LOCAL;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void execute(RunTask task, List<PlannedRun> runs, RowSink sink) throws RunFailedException {
        if (runs.isEmpty()) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, runs.size()), r -> {
            Thread t = new Thread(r, "experiment-run-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<RunRow> completed = new ExecutorCompletionService<>(pool);
            for (PlannedRun run : runs) {
                completed.submit(() -> runOne(task, run));
            }
            for (int i = 0; i < runs.size(); i++) {
                Future<RunRow> next = completed.take();
                RunRow row = next.get();
                sink.accept(row);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new RunFailedException(cause.getMessage(), cause);
        } catch (IOException e) {
            throw new RunFailedException("cannot store a finished run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunRow runOne(RunTask task, PlannedRun run) {
        try {
            return task.execute(run);
        } catch (RuntimeException e) {
            throw new IllegalStateException("run " + run.id() + " (scenario " + run.scenario() + ", point " + run.point()
                    + ", replicate " + run.replicate() + ", seed " + run.seed() + ") failed: " + e, e);
        }
    }
}
