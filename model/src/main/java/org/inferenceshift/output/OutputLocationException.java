package org.inferenceshift.output;

/**
 * The requested results location cannot be used (it exists, lies under a file, or is not writable). It is
 * detected before a run starts, so no simulation time is spent on results that could not be kept; the CLI
 * maps it to exit code 2 like any other bad input.
 */
public class OutputLocationException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputLocationException(String message) {
        super(message);
    }
}
