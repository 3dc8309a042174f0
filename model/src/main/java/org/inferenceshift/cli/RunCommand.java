package org.inferenceshift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.IoErrors;
import org.inferenceshift.output.OutputLocationException;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.report.ResultsFolder;
import org.inferenceshift.report.RunReport;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.sim.NumericalFaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inferenceshift run}: one scenario to its horizon, a headline table, and a results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario headless and write results/<run-id>/.")
public final class RunCommand implements Callable<Integer> {
    private static final List<Metric> HEADLINE = List.of(Metric.HHI_REVENUE, Metric.ACTIVE_LABS,
            Metric.MAX_DEPLOYED_E, Metric.NO_PAID_ACCESS_SHARE, Metric.MEAN_PRICE_PAID, Metric.GINI_ACCESS,
            Metric.TIERS_OFFERED);

    /** Characters of the scenario name kept in a default folder name (with seed and time well under the limit). */
    private static final int MAX_DEFAULT_NAME = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario>-seed<N>-<time>); must not exist.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for the user pass (default: all cores); results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (ThreadsOption.refused(threads, err)) {
            return ExitCodes.BAD_INPUT;
        }
        Scenario scenario;
        Path folder;
        try {
            scenario = scenarioOptions.load();
            folder = out != null ? out : defaultFolder(scenario);
            AtomicFolder.checkUsable(folder);
        } catch (ScenarioException | OutputLocationException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        outWriter.printf(Locale.ROOT, "Running %s (%s): %d users, %d months, seed %d%n", TerminalText.clean(scenario.name()),
                scenarioOptions.scenarioFile(), scenario.population().agents(), scenario.horizonMonths(), scenario.seed());
        outWriter.flush();
        InterruptNotice notice = InterruptNotice.install(folder);
        try {
            long started = System.nanoTime();
            RunResult result;
            try (RunProgress progress = new RunProgress(err, scenario.horizonMonths())) {
                result = HeadlessRun.run(scenario, threads, progress);
            } catch (NumericalFaultException e) {
                err.println("inferenceshift: run stopped: " + TerminalText.clean(e.getMessage()) + "; nothing was written to " + folder);
                return ExitCodes.FAILED_RUN;
            } catch (OutOfMemoryError e) {
                err.println("inferenceshift: run stopped: not enough memory for " + scenario.population().agents()
                        + " users; give Java more (INFERENCESHIFT_JAVA_OPTS=-Xmx16g) or simulate fewer (--users N);"
                        + " nothing was written to " + folder);
                return ExitCodes.FAILED_RUN;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try {
                ResultsFolder.write(result, folder);
            } catch (OutputExistsException e) {
                err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                err.println("inferenceshift: cannot write results to " + folder + ": " + IoErrors.reason(e)
                        + "; nothing was written there and nothing that was there before was changed");
                return ExitCodes.FAILED_RUN;
            }
            notice.completed();
            printHeadline(outWriter, result);
            outWriter.printf(Locale.ROOT, "Simulated in %.1f s. Results: %s%n", seconds, folder);
            outWriter.printf(Locale.ROOT, "Report: %s (charts in %s)%n", folder.resolve("report.html"),
                    folder.resolve(RunReport.CHARTS_FOLDER));
            return ExitCodes.SUCCESS;
        } finally {
            notice.remove();
        }
    }

    static void printHeadline(PrintWriter out, RunResult result) {
        String start = result.scenario().start();
        String end = java.time.YearMonth.parse(start).plusMonths(result.rows().size() - 1L).toString();
        out.printf(Locale.ROOT, "%n%-22s %12s %12s%n", "metric", start, end);
        for (Metric metric : HEADLINE) {
            out.printf(Locale.ROOT, "%-22s %12s %12s%n", metric.column(), cell(result.first(metric)), cell(result.last(metric)));
        }
        out.println();
    }

    private static String cell(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    static Path defaultFolder(Scenario scenario) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        // the name is free text in the scenario: keep it from reaching outside results/ or nesting folders
        String safeName = scenario.name().replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^\\.+", "");
        // and short enough for a file name whatever the scenario calls itself
        safeName = safeName.substring(0, Math.min(safeName.length(), MAX_DEFAULT_NAME));
        String base = safeName + "-seed" + scenario.seed() + "-" + stamp;
        Path candidate = Path.of("results", base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = Path.of("results", base + "-" + n);
        }
        return candidate;
    }
}
