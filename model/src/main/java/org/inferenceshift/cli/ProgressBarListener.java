package org.inferenceshift.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.inferenceshift.experiment.ProgressListener;
import org.inferenceshift.experiment.RunRow;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a progress bar (runs or months done, rate, ETA). On a terminal it redraws in place;
 * elsewhere (CI logs, redirected output) it prints a plain ASCII line every {@link #LOG_INTERVAL}, so
 * logs stay readable and free of escape codes.
 */
final class ProgressBarListener implements ProgressListener {
    static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    /** What is counted: "runs" per minute for experiments, "months" per second for a single run. */
    record Unit(String name, ChronoUnit speedPer) {
        static final Unit RUNS = new Unit("runs", ChronoUnit.MINUTES);
        static final Unit MONTHS = new Unit("months", ChronoUnit.SECONDS);
    }

    private final PrintWriter log;
    private final boolean terminal;
    private final Unit unit;
    private ProgressBar bar;
    private String lastLine = "";

    private ProgressBarListener(PrintWriter log, boolean terminal, Unit unit) {
        this.log = log;
        this.terminal = terminal;
        this.unit = unit;
    }

    /** Runs done: a bar on an interactive terminal, plain lines to {@code log} otherwise. */
    static ProgressBarListener forConsole(PrintWriter log) {
        return forConsole(log, Unit.RUNS);
    }

    static ProgressBarListener forConsole(PrintWriter log, Unit unit) {
        return new ProgressBarListener(log, isInteractive(), unit);
    }

    /** A terminal a person watches: not CI, not redirected (where redraws and escape codes become noise). */
    static boolean isInteractive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void started(int total, int alreadyDone) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(unit.name())
                .setInitialMax(total)
                .setUnit(" " + unit.name(), 1)
                .showSpeed()
                .setSpeedUnit(unit.speedPer())
                .startsFrom(alreadyDone, Duration.ZERO);
        if (terminal) {
            builder.setUpdateIntervalMillis(500);
        } else {
            builder.setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis((int) LOG_INTERVAL.toMillis())
                    .setConsumer(new DelegatingProgressBarConsumer(this::logLine, 100));
        }
        bar = builder.build();
    }

    /** The bar redraws its final state on close; a log needs it once. */
    private synchronized void logLine(String line) {
        String stripped = line.strip();
        if (!stripped.equals(lastLine)) {
            log.println(stripped);
            log.flush();
            lastLine = stripped;
        }
    }

    @Override
    public void finished(RunRow row) {
        step();
    }

    /** One more done (a run, a month). */
    synchronized void step() {
        bar.step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
