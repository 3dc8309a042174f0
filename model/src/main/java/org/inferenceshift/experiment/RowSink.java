package org.inferenceshift.experiment;

import java.io.IOException;

/** Where an engine hands each finished run. Engines call it from one thread at a time. */
@FunctionalInterface
public interface RowSink {
    void accept(RunRow row) throws IOException;
}
