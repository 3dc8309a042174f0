package org.inferenceshift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferenceshift.claims.ClaimResult;
import org.inferenceshift.claims.ClaimsDoc;
import org.inferenceshift.claims.ClaimsEngine;
import org.inferenceshift.claims.ClaimsPlan;
import org.inferenceshift.claims.ClaimsSettings;
import org.inferenceshift.claims.PosteriorWorlds;
import org.inferenceshift.experiment.Engines;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.ResumeException;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.IoErrors;
import org.inferenceshift.output.OutputLocationException;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inferenceshift claims}: every claim of the source texts tested on the model (effects, 95%
 * intervals, verdicts, robustness), written to {@code results/claims-<mode>-<time>/}.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Test every claim of the source texts: effect sizes with 95%% CIs across seeds, verdicts, "
                + "and a Sobol robustness map.",
                "Writes claims.csv, robustness.csv, report.md, report.html and figures/ (plus the batch runs) to the results folder.",
                "Full mode (default): 30 seeds per arm on each of two seed sets, a Saltelli robustness design of about 256 worlds (2 seeds each), 10,000 users per run; --quick: 8, about 32 worlds (1 seed), 2,000."})
public final class ClaimsCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Quick mode: few seeds, few worlds, a small population (minutes, not hours).")
    boolean quick;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per arm (overrides the mode's).")
    Integer seeds;

    @Option(names = "--worlds", paramLabel = "N", description = "About how many worlds the Saltelli robustness design may have: N (d + 2) <= N worlds for d uncertain parameters, N >= 2 base rows (overrides the mode's).")
    Integer worlds;

    @Option(names = "--users", paramLabel = "N", description = "Simulated users per run (overrides the mode's).")
    Integer users;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: all cores). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/claims-<mode>-<time>); must not exist.")
    Path out;

    @Option(names = "--resume", description = "Finish an interrupted claims run in --out.")
    boolean resume;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Folder of the arms' scenario files (default: ${DEFAULT-VALUE}).")
    Path scenarios = Path.of("scenarios");

    @Option(names = "--registry", description = "Print the claims registry block of docs/CLAIMS.md and exit (runs nothing).")
    boolean registry;

    @Option(names = "--doc", paramLabel = "FILE",
            description = "After the run, replace the registry and results blocks of this document (docs/CLAIMS.md).")
    Path doc;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "Also run every arm in each parameter set of a calibration posterior (the posterior.csv of a calibrate results folder): the share of plausible worlds with the expected sign, beside the hand-range robustness.")
    Path posteriorFile;

    @Option(names = "--engine", paramLabel = "local|spark",
            description = "Where runs execute, as for batch: local (a thread pool in this process) or spark (a Spark master). Default: ${DEFAULT-VALUE}.")
    String engineName = Engines.LOCAL;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (registry) {
            stdout.print(ClaimsDoc.registry());
            stdout.flush();
            return ExitCodes.SUCCESS;
        }
        if (ThreadsOption.refused(threads, err)) {
            return ExitCodes.BAD_INPUT;
        }
        ClaimsSettings settings;
        try {
            settings = (quick ? ClaimsSettings.QUICK : ClaimsSettings.FULL).with(seeds, worlds, users);
        } catch (IllegalArgumentException e) {
            err.println("inferenceshift: " + e.getMessage() + " (--seeds at least 2, --worlds and --users at least 1)");
            return ExitCodes.BAD_INPUT;
        }
        if (resume && out == null) {
            err.println("inferenceshift: --resume needs --out, the folder of the interrupted claims run");
            return ExitCodes.BAD_INPUT;
        }
        if (doc != null) {
            try {
                ClaimsDoc.checkBlocks(Files.readString(doc, StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("inferenceshift: cannot read " + doc + ": " + IoErrors.reason(e));
                return ExitCodes.BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println("inferenceshift: " + doc + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        PosteriorWorlds posterior = null;
        if (posteriorFile != null) {
            try {
                posterior = PosteriorWorlds.read(posteriorFile);
                posterior.checkAgainst(ClaimsPlan.of(settings, scenarios).armFiles(), posteriorFile.toString());
            } catch (ScenarioException e) {
                err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
        }
        Path folder = out != null ? out : Path.of("results", "claims-" + settings.mode() + "-" + LocalDateTime.now().format(STAMP));
        try {
            if (resume && Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                ClaimsEngine.checkComplete(settings, scenarios, posterior, folder);
                stdout.println("Already complete: " + folder + " (every file checks out; nothing to resume).");
                return ExitCodes.SUCCESS;
            }
            AtomicFolder.checkUsable(folder);
        } catch (OutputLocationException | ResumeException | ScenarioException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("inferenceshift: cannot read " + folder + ": " + IoErrors.reason(e));
            return ExitCodes.BAD_INPUT;
        }
        stdout.printf(Locale.ROOT, "Claims (%s mode): %d seeds per arm on each of two seed sets, %d sampled worlds, %,d users per run, %d at once; results in %s%n",
                settings.mode(), settings.seeds(), settings.worlds(), settings.agents(), threads, folder);
        stdout.flush();
        long started = System.nanoTime();
        try (ExperimentEngine engine = Engines.create(engineName, threads)) {
            ClaimsEngine.Outcome outcome = ClaimsEngine.run(settings, scenarios, posterior, folder, resume, engine,
                    ProgressBarListener.forConsole(err));
            for (ClaimResult r : outcome.results()) {
                stdout.printf(Locale.ROOT, "  %-4s %-13s %s%n", r.claim().id(), r.replicated().label(), r.claim().title());
            }
            stdout.printf(Locale.ROOT, "Done in %.1f s. Results: %s (report: %s)%n", (System.nanoTime() - started) / 1e9,
                    folder, folder.resolve("report.html"));
            return doc == null ? ExitCodes.SUCCESS : updateDocument(settings, outcome, stdout, err);
        } catch (ScenarioException | OutputExistsException | ResumeException | Engines.EngineUnavailableException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (RunFailedException e) {
            return new ResumableStop("claims run", "finished runs", "--resume --out " + folder).failed(err, folder, e);
        } catch (IOException e) {
            return new ResumableStop("claims run", "finished runs", "--resume --out " + folder).cannotWrite(err, folder, e);
        }
    }

    /**
     * Splices the results into --doc. The document is read again now, not at the start: a full run is long
     * enough for someone to edit the hand-written parts meanwhile.
     */
    private int updateDocument(ClaimsSettings settings, ClaimsEngine.Outcome outcome, PrintWriter stdout, PrintWriter err) {
        try {
            ReplaceFile.withText(doc, ClaimsDoc.splice(Files.readString(doc, StandardCharsets.UTF_8), settings, outcome.findings()));
        } catch (IllegalArgumentException e) {
            err.println("inferenceshift: " + doc + " lost its blocks during the run (" + e.getMessage()
                    + "); the results are in " + outcome.folder());
            return ExitCodes.FAILED_RUN;
        } catch (IOException e) {
            err.println("inferenceshift: cannot update " + doc + ": " + IoErrors.reason(e) + "; the results are in "
                    + outcome.folder());
            return ExitCodes.FAILED_RUN;
        }
        stdout.println("Updated the registry and results blocks of " + doc);
        return ExitCodes.SUCCESS;
    }
}
