package org.inferenceshift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferenceshift.experiment.BatchExperiment;
import org.inferenceshift.experiment.Engines;
import org.inferenceshift.experiment.Experiment;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.ResumeException;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.RunPlanner;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.IoErrors;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.output.OutputLocationException;
import org.inferenceshift.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inferenceshift batch}: an experiment file expanded into runs, run in parallel (threads or
 * Spark), resumable, written as {@code runs.csv}, {@code timeseries.csv}, plots and a manifest.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run an experiment: scenarios x design points x seeds, in parallel, resumably.",
                "Writes runs.csv, timeseries.csv, plots/*.png and manifest.json to the results folder."})
public final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "Experiment file (see scenarios/experiments/).")
    Path experimentFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs at once (default: all cores; with --engine spark, the cores of a local master). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<experiment name>); must not exist.")
    Path out;

    @Option(names = "--resume", description = "Finish an interrupted experiment in --out: run only the runs that did not finish.")
    boolean resume;

    @Option(names = "--engine", paramLabel = "local|spark", description = "Where runs execute: local (a thread pool in this process) or spark (a Spark master:"
                    + " local[N] here, or a cluster through spark-submit; README, Batch experiments). Default: ${DEFAULT-VALUE}.")
    String engineName = Engines.LOCAL;

    @Option(names = "--max-runs", paramLabel = "N",
            description = "Stop after N runs this session (for time-limited jobs); finish later with --resume.")
    int maxRuns;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (ThreadsOption.refused(threads, err)) {
            return ExitCodes.BAD_INPUT;
        }
        if (maxRuns < 0) {
            err.println("inferenceshift: --max-runs must be at least 0 (0: no limit), got " + maxRuns);
            return ExitCodes.BAD_INPUT;
        }
        RunPlan plan;
        Path folder = out;
        try {
            Experiment experiment = ExperimentLoader.load(experimentFile);
            plan = RunPlanner.plan(experiment);
            folder = out != null ? out : Path.of("results", experiment.name());
            if (resume && Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                BatchExperiment.checkComplete(plan, folder);
                stdout.println("Already complete: " + folder + " (every file checks out; nothing to resume).");
                return ExitCodes.SUCCESS;
            }
            AtomicFolder.checkUsable(folder);
        } catch (ScenarioException | OutputLocationException | ResumeException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("inferenceshift: cannot read " + folder + ": " + IoErrors.reason(e));
            return ExitCodes.BAD_INPUT;
        }
        Experiment experiment = plan.experiment();
        try (ExperimentEngine engine = Engines.create(engineName, threads)) {
            stdout.printf(Locale.ROOT, "Experiment %s (%s): %d runs = %d scenarios x %d design points x %d seeds; engine %s, %d at once%n",
                    experiment.name(), experimentFile, plan.size(), experiment.scenarios().size(),
                    experiment.design().points().size(), experiment.replicates(), engine.name(), engine.parallelism());
            stdout.flush();
            long started = System.nanoTime();
            BatchExperiment.Outcome outcome = BatchExperiment.run(plan, folder, resume, maxRuns, engine,
                    ProgressBarListener.forConsole(err));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!outcome.damaged().isEmpty()) {
                stdout.printf(Locale.ROOT, "Ran again %d stored run(s) found damaged: %s%n", outcome.damaged().size(),
                        String.join(", ", outcome.damaged()));
            }
            if (outcome.complete()) {
                stdout.printf(Locale.ROOT, "Done: %d runs (%d this session, %d resumed) in %.1f s. Results: %s%n",
                        outcome.total(), outcome.ranNow(), outcome.alreadyDone(), seconds, outcome.folder());
            } else {
                stdout.printf(Locale.ROOT, "Stopped after %d runs this session (%.1f s): %d of %d done. "
                                + "Finish with the same command and --resume.%n",
                        outcome.ranNow(), seconds, outcome.alreadyDone() + outcome.ranNow(), outcome.total());
            }
            return ExitCodes.SUCCESS;
        } catch (Engines.EngineUnavailableException | OutputExistsException | ResumeException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (RunFailedException e) {
            return new ResumableStop("experiment", "finished runs", "--resume").failed(err, folder, e);
        } catch (IOException e) {
            return new ResumableStop("experiment", "finished runs", "--resume").cannotWrite(err, folder, e);
        }
    }
}
