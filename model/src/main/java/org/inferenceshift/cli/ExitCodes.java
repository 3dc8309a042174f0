package org.inferenceshift.cli;

/** Process exit codes of every command (documented in the README). */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    /** The run started but failed (an I/O error writing results, a numerical fault). */
    public static final int FAILED_RUN = 1;
    /** Bad input: a scenario or experiment file, an option, or an output folder that cannot be used. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
