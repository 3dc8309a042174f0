package org.inferenceshift.spark;

import org.inferenceshift.experiment.EngineProvider;
import org.inferenceshift.experiment.ExperimentEngine;

/** Makes {@code --engine spark} available when this module is on the classpath (ServiceLoader). */
public final class SparkEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return SparkEngine.NAME;
    }

    @Override
    public ExperimentEngine create(int threads) {
        return SparkEngine.start(threads);
    }
}
