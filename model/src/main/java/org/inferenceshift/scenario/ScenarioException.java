package org.inferenceshift.scenario;

/**
 * Bad input: a scenario or experiment file that cannot be used. The message always names the file
 * and, where one applies, the JSON path and what was expected, so it can be shown to the user as it
 * is. The CLI maps this type, and only this type, to exit code 2.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
