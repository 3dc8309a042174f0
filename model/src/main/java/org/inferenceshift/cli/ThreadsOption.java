package org.inferenceshift.cli;

import java.io.PrintWriter;

/** The one rule every command applies to {@code --threads}: at least one thread, else exit 2 before any work. */
final class ThreadsOption {
    private ThreadsOption() {
    }

    /** True (and the reason printed) when {@code threads} cannot be used. */
    static boolean refused(int threads, PrintWriter err) {
        if (threads >= 1) {
            return false;
        }
        err.println("inferenceshift: --threads must be at least 1, got " + threads);
        return true;
    }
}
