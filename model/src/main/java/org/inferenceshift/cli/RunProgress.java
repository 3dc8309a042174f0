package org.inferenceshift.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A single run's months as a progress bar, shown only once the run has taken longer than {@link #QUIET_NANOS}:
 * a default run finishes in a few seconds and needs none, a million users over eleven years does.
 */
final class RunProgress implements IntConsumer, AutoCloseable {
    static final long QUIET_NANOS = 3_000_000_000L;

    private final PrintWriter log;
    private final int months;
    private final long started = System.nanoTime();
    private ProgressBarListener bar;

    RunProgress(PrintWriter log, int months) {
        this.log = log;
        this.months = months;
    }

    /** Called after each month (0-based) has been simulated. */
    @Override
    public void accept(int month) {
        if (bar == null) {
            if (System.nanoTime() - started < QUIET_NANOS) {
                return;
            }
            bar = ProgressBarListener.forConsole(log, ProgressBarListener.Unit.MONTHS);
            bar.started(months, month);
        }
        bar.step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
