package org.inferenceshift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferenceshift.experiment.Experiment;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.LocalEngine;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.RunPlanner;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.validation.Validation;
import org.inferenceshift.validation.ValidationDoc;
import org.inferenceshift.validation.ValidationTable;
import org.inferenceshift.validation.ValidationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inferenceshift validate}: the calibration scenario over many seeds against the stylized facts of
 * docs/VALIDATION.md; prints the table, writes it with a figure per fact, and with {@code --doc} puts the
 * table into the document.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run the calibration scenario over many seeds and compare it with the stylized facts of 2023-2025.",
                "Writes validation.md, facts.csv, values.csv, figures/<fact>.png and report.html; --doc also updates docs/VALIDATION.md."})
public final class ValidateCommand implements Callable<Integer> {
    static final Path FULL = Path.of("scenarios", "experiments", "validation.json");
    static final Path QUICK = Path.of("scenarios", "experiments", "validation-quick.json");

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "A few seeds of a small population (seconds): checks the command, too small to judge the facts.")
    boolean quick;

    @Option(names = "--experiment", paramLabel = "FILE",
            description = "Validation experiment file (default: " + "scenarios/experiments/validation.json, or validation-quick.json with --quick).")
    Path experimentFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<experiment name>-<time>); must not exist.")
    Path out;

    @Option(names = "--doc", paramLabel = "FILE",
            description = "Also replace the results block of this document (docs/VALIDATION.md) with the new table.")
    Path doc;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: all cores). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (ThreadsOption.refused(threads, err)) {
            return ExitCodes.BAD_INPUT;
        }
        Path file = experimentFile != null ? experimentFile : quick ? QUICK : FULL;
        RunPlan plan;
        Path folder;
        String document = null;
        try {
            Experiment experiment = ExperimentLoader.load(file);
            plan = RunPlanner.plan(experiment);
            Validation.check(plan);
            folder = out != null ? out : defaultFolder(experiment.name());
            AtomicFolder.checkAvailable(folder);
            if (doc != null) {
                document = Files.readString(doc, StandardCharsets.UTF_8);
                ValidationDoc.splice(document, "");
            }
        } catch (ScenarioException | OutputExistsException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("inferenceshift: " + doc + ": no such file");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("inferenceshift: cannot read " + doc + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("inferenceshift: " + doc + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        stdout.printf(Locale.ROOT, "Validating %s (%s): %d seeds on %d threads%n", TerminalText.clean(plan.runs().get(0).scenario()), file,
                plan.size(), Math.min(threads, plan.size()));
        stdout.flush();
        long started = System.nanoTime();
        Validation.Outcome outcome;
        try (LocalEngine engine = new LocalEngine(threads); ProgressBarListener progress = ProgressBarListener.forConsole(err)) {
            outcome = Validation.run(plan, engine, progress);
        } catch (ScenarioException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (RunFailedException e) {
            err.println("inferenceshift: validation stopped: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.FAILED_RUN;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String table = ValidationTable.markdown(outcome);
        try {
            ValidationWriter.write(outcome, folder);
            if (doc != null) {
                ReplaceFile.withText(doc, ValidationDoc.splice(document, table));
            }
        } catch (OutputExistsException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("inferenceshift: cannot write " + (doc != null ? folder + " or " + doc : folder) + ": " + e.getMessage());
            return ExitCodes.FAILED_RUN;
        }
        stdout.println();
        stdout.print(table);
        stdout.printf(Locale.ROOT, "%nSimulated in %.1f s. Results: %s (figures in %s)%n", seconds, folder,
                folder.resolve(ValidationWriter.FIGURES_DIR));
        stdout.printf(Locale.ROOT, "Report: %s%n", folder.resolve(ValidationWriter.REPORT_FILE));
        if (doc != null) {
            stdout.println("Updated the results block of " + doc);
        }
        return ExitCodes.SUCCESS;
    }


    private static Path defaultFolder(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path candidate = Path.of("results", name + "-" + stamp);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = Path.of("results", name + "-" + stamp + "-" + n);
        }
        return candidate;
    }
}
