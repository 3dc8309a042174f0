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
 * The experiment's progress as a progress bar (runs done, rate, ETA). On a terminal it redraws in place;
 * elsewhere (CI logs, redirected output) it prints a plain ASCII line every {@link #LOG_INTERVAL}, so
 * logs stay readable.
 */
final class ProgressBarListener implements ProgressListener {
    static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    private final PrintWriter log;
    private final boolean terminal;
    private ProgressBar bar;
    private String lastLine = "";

    private ProgressBarListener(PrintWriter log, boolean terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    /** A bar on an interactive terminal, plain lines to {@code log} otherwise. */
    static ProgressBarListener forConsole(PrintWriter log) {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        return new ProgressBarListener(log, interactive);
    }

    @Override
    public void started(int total, int alreadyDone) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName("runs")
                .setInitialMax(total)
                .setUnit(" runs", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.MINUTES)
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
