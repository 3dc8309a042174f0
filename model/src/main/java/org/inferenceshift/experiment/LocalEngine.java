package org.inferenceshift.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs experiments on one fixed pool of threads on this machine, one run per thread at a time. Rows are
 * taken as they complete and passed to the sink on the calling thread, so only finished, unwritten rows
 * wait in memory. Several experiments may execute at once (the claims run keeps the next experiment's
 * runs queued behind the current one's): they share the pool, first submitted first run, so the machine
 * never runs more than {@code threads} runs together.
 */
public final class LocalEngine implements ExperimentEngine {
    /** Idle threads end after this, so an engine nobody closes leaves no threads behind. */
    private static final long IDLE_SECONDS = 2;

    private final int threads;
    private final ThreadPoolExecutor pool;

    public LocalEngine(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(this.threads, this.threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "experiment-run-" + number.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
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
        CompletionService<RunRow> completed = new ExecutorCompletionService<>(pool);
        List<Future<RunRow>> submitted = new ArrayList<>(runs.size());
        try {
            for (PlannedRun run : runs) {
                submitted.add(completed.submit(() -> runOne(task, run)));
            }
            for (int i = 0; i < runs.size(); i++) {
                RunRow row = completed.take().get();
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
            // this experiment's runs not yet taken are abandoned; other experiments' runs in the pool go on
            submitted.forEach(f -> f.cancel(true));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
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
