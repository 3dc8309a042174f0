package org.inferenceshift.experiment;

/**
 * A run of an experiment failed (a fault in the model, or results that could not be stored). The runs
 * finished before it are kept; the experiment can be resumed once the cause is fixed.
 */
public final class RunFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
