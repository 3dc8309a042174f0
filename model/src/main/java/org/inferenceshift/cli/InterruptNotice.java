package org.inferenceshift.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Tells the user, when Ctrl-C or SIGTERM ends a run before its results are published, that nothing was
 * written. The partial files themselves are removed by {@link org.inferenceshift.output.AtomicFolder}'s
 * own shutdown hook; this one only speaks, so the two need no ordering.
 */
final class InterruptNotice {
    private final Path folder;
    private final Thread hook;
    private volatile boolean completed;

    private InterruptNotice(Path folder) {
        this.folder = folder;
        this.hook = new Thread(this::report, "interrupt-notice");
    }

    static InterruptNotice install(Path folder) {
        InterruptNotice notice = new InterruptNotice(folder);
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    void completed() {
        completed = true;
    }

    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the notice is being printed right now
        }
    }

    private void report() {
        // the folder did not exist when the run started, so if it exists now the run published it
        if (completed || Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PrintStream err = System.err;
        err.println("inferenceshift: interrupted; no results were written (" + folder + " was not created)");
        err.flush();
    }
}
