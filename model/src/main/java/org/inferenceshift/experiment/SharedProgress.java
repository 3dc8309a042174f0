package org.inferenceshift.experiment;

/**
 * One listener's progress over several experiments that may run at once: it starts the listener with
 * their runs together, and each experiment reports through its own {@link #part()}, whose runs count
 * towards the whole.
 */
public final class SharedProgress implements AutoCloseable {
    private final ProgressListener target;

    /** @param alreadyDone runs of {@code total} finished in earlier sessions ({@link BatchExperiment#finishedRuns}) */
    public SharedProgress(ProgressListener target, int total, int alreadyDone) {
        this.target = target;
        target.started(total, alreadyDone);
    }

    /** What one experiment reports to: its runs, from whichever thread it finishes them on. */
    public ProgressListener part() {
        return new ProgressListener() {
            @Override
            public void started(int total, int alreadyDone) {
                // counted when the whole started
            }

            @Override
            public void finished(RunRow row) {
                synchronized (SharedProgress.this) {
                    target.finished(row);
                }
            }
        };
    }

    @Override
    public synchronized void close() {
        target.close();
    }
}
