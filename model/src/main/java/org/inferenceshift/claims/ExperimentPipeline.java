package org.inferenceshift.claims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.inferenceshift.experiment.ResumeException;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.scenario.ScenarioException;

/**
 * Runs a claims run's batch experiments in their order with two in flight: the next experiment's runs are
 * queued on the engine behind the current one's, so its slots stay busy while the current experiment's
 * last runs finish and while it assembles its tables and plots (with one experiment at a time, one
 * executor of two idled at every boundary, and the small experiments gained least from a second worker).
 * Engines run the earlier-submitted runs first, and every experiment writes its own folder, so the
 * files are those of running them one after the other. After a failure no further experiment starts; the
 * one already running beside it finishes (its runs are kept for {@code --resume}), and the failure of the
 * earliest experiment is the one reported. Experiments start in their order (each waits until the one
 * before it has started or been skipped), so which ones ran never depends on how the threads were scheduled.
 */
final class ExperimentPipeline {
    static final int IN_FLIGHT = 2;

    /** One experiment, run to its finished folder. */
    interface Step {
        void run() throws ScenarioException, IOException, OutputExistsException, ResumeException, RunFailedException;
    }

    private ExperimentPipeline() {
    }

    static void run(List<Step> steps)
            throws ScenarioException, IOException, OutputExistsException, ResumeException, RunFailedException {
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "claims-experiment-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            CountDownLatch previousDecided = new CountDownLatch(0);
            for (Step step : steps) {
                CountDownLatch previous = previousDecided;
                CountDownLatch own = new CountDownLatch(1);
                previousDecided = own;
                // The pool takes tasks in submission order, so the one before this is already on a thread
                // and this wait always ends.
                futures.add(pool.submit(() -> {
                    previous.await();
                    boolean go = !failed.get();
                    own.countDown();
                    if (go) {
                        try {
                            step.run();
                        } catch (Exception | Error e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
            if (first != null) {
                rethrow(first);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted", e);
        } finally {
            pool.shutdown();
        }
    }

    private static void rethrow(Throwable e)
            throws ScenarioException, IOException, OutputExistsException, ResumeException, RunFailedException {
        if (e instanceof ScenarioException x) {
            throw x;
        } else if (e instanceof OutputExistsException x) {
            throw x;
        } else if (e instanceof IOException x) {
            throw x;
        } else if (e instanceof ResumeException x) {
            throw x;
        } else if (e instanceof RunFailedException x) {
            throw x;
        } else if (e instanceof RuntimeException x) {
            throw x;
        } else if (e instanceof Error x) {
            throw x;
        }
        throw new IllegalStateException(e);
    }
}
