package org.inferenceshift.experiment;

/**
 * An experiment's results folder cannot be started or resumed as asked: an interrupted experiment is in
 * the way without {@code --resume}, or the interrupted one was a different experiment.
 */
public final class ResumeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResumeException(String message) {
        super(message);
    }
}
