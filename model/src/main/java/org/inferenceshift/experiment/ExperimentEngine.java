package org.inferenceshift.experiment;

import java.util.List;

/**
 * Runs an experiment's planned runs and hands each finished {@link RunRow} to a sink as soon as it is
 * ready, in any order. Engines differ only in where runs execute (a thread pool, Spark executors); what
 * a run computes is {@link RunTask}'s alone, so every engine produces the same rows.
 */
public interface ExperimentEngine extends AutoCloseable {
    /** The name {@code --engine} selects it by. */
    String name();

    /** How many runs execute at once, for messages. */
    int parallelism();

    void execute(RunTask task, List<PlannedRun> runs, RowSink sink) throws RunFailedException;

    @Override
    default void close() {
    }
}
