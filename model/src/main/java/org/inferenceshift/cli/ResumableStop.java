package org.inferenceshift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.IoErrors;

/**
 * How a resumable command (batch, calibrate, claims) says it stopped: what failed, that its finished work is
 * kept in the staging folder, and the command that carries it on. One wording for all of them.
 *
 * @param what   the job that stopped, e.g. "experiment"
 * @param kept   what is kept, e.g. "finished runs"
 * @param resume the option(s) that carry it on, e.g. "--resume"
 */
record ResumableStop(String what, String kept, String resume) {

    /** A run failed: the cause, and where its finished work waits. */
    int failed(PrintWriter err, Path folder, RunFailedException e) {
        err.println("inferenceshift: " + what + " stopped: " + TerminalText.clean(e.getMessage()));
        err.println("inferenceshift: " + kept + " are kept in " + AtomicFolder.resumableStaging(folder)
                + "; fix the cause, then re-run with " + resume);
        return ExitCodes.FAILED_RUN;
    }

    /** The results could not be written; nothing run is lost. */
    int cannotWrite(PrintWriter err, Path folder, IOException e) {
        err.println("inferenceshift: cannot write results to " + folder + ": " + IoErrors.reason(e)
                + " (" + kept + " are kept; re-run with " + resume + ")");
        return ExitCodes.FAILED_RUN;
    }
}
