package org.inferenceshift.experiment;

/**
 * Makes engines that live outside the model module (the Spark engine), found with
 * {@link java.util.ServiceLoader} when their module is on the classpath.
 */
public interface EngineProvider {
    String name();

    /** An engine running about {@code threads} runs at once where it has a choice (a local master). */
    ExperimentEngine create(int threads);
}
