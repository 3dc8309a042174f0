package org.inferenceshift.experiment;

/** Hears how far an experiment has got; called from one thread at a time. */
public interface ProgressListener extends AutoCloseable {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(int total, int alreadyDone) {
        }

        @Override
        public void finished(RunRow row) {
        }
    };

    /** Before the first run of this session: {@code alreadyDone} of {@code total} were finished earlier. */
    void started(int total, int alreadyDone);

    void finished(RunRow row);

    @Override
    default void close() {
    }
}
