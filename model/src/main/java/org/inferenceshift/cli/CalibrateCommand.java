package org.inferenceshift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferenceshift.calibration.Calibration;
import org.inferenceshift.calibration.CalibrationLoader;
import org.inferenceshift.calibration.CalibrationSpec;
import org.inferenceshift.calibration.CalibrationWriter;
import org.inferenceshift.calibration.Calibrator;
import org.inferenceshift.calibration.FitReport;
import org.inferenceshift.experiment.Engines;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.RunFailedException;
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
 * {@code inferenceshift calibrate}: fits a calibration file's parameters to the calibration targets of
 * docs/VALIDATION.md with CMA-ES, samples an approximate posterior (ABC rejection over a Sobol sample),
 * checks the held-out facts on the fit and, if asked, cross-validates by leaving out one group at a time.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit parameters to the calibration targets (CMA-ES), sample an approximate posterior (ABC over Sobol),",
                "check the held-out facts on the fit and cross-validate leaving out one group of facts at a time.",
                "Writes fitted-scenario.json, posterior.csv, sample.csv, evaluations.csv, fit-report.md, fit-report.html, figures/."})
public final class CalibrateCommand implements Callable<Integer> {
    static final Path QUICK = Path.of("scenarios", "calibration", "calibration-quick.json");
    static final Path FULL = Path.of("scenarios", "calibration", "calibration-2024.json");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CALIBRATION.json",
            description = "Calibration file (default: scenarios/calibration/calibration-2024.json, or calibration-quick.json with --quick).")
    Path file;

    @Option(names = "--quick", description = "A small calibration (few candidates, few seeds, small population): checks the command, too small to judge.")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<calibration name>); must not exist.")
    Path out;

    @Option(names = "--resume", description = "Carry on an interrupted calibration of the same file in --out: candidates already evaluated are not run again.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: all cores). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--engine", paramLabel = "local|spark", description = "Where each candidate's runs execute. Default: ${DEFAULT-VALUE}.")
    String engineName = Engines.LOCAL;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (ThreadsOption.refused(threads, err)) {
            return ExitCodes.BAD_INPUT;
        }
        Path calibrationFile = file != null ? file : quick ? QUICK : FULL;
        CalibrationSpec calibration;
        Path folder = out;
        try {
            calibration = CalibrationLoader.load(calibrationFile);
            folder = out != null ? out : Path.of("results", calibration.name());
            AtomicFolder.checkAvailable(folder);
            AtomicFolder.checkUsable(folder);
            if (!resume && Files.exists(AtomicFolder.resumableStaging(folder))) {
                err.println("inferenceshift: an unfinished calibration is in " + AtomicFolder.resumableStaging(folder)
                        + "; carry it on with --resume, or remove it");
                return ExitCodes.BAD_INPUT;
            }
            Calibration.checkResumable(calibration, folder);
        } catch (ScenarioException | OutputLocationException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("inferenceshift: cannot read " + folder + ": " + IoErrors.reason(e));
            return ExitCodes.BAD_INPUT;
        }
        try (ExperimentEngine engine = Engines.create(engineName, threads)) {
            stdout.printf(Locale.ROOT, "Calibrating %s (%s): %d parameters, %d targets, %d + %d candidates%s; %d seeds each; engine %s, %d at once%n",
                    calibration.name(), calibrationFile, calibration.parameters().size(), calibration.targets().size(),
                    calibration.evaluations(), calibration.posteriorPoints(),
                    calibration.crossValidationEvaluations() > 0 ? " + cross-validation" : "",
                    calibration.experiment().replicates(), engine.name(), engine.parallelism());
            stdout.flush();
            long started = System.nanoTime();
            Calibrator.Outcome outcome = Calibration.run(calibration, engine, folder, line -> {
                err.println("  " + TerminalText.clean(line));
                err.flush();
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            stdout.println(FitReport.tally(outcome));
            stdout.printf(Locale.ROOT, "Done in %.1f s. Results: %s (%s, %s, %s)%n", seconds, folder,
                    CalibrationWriter.FITTED_FILE, CalibrationWriter.POSTERIOR_FILE, CalibrationWriter.REPORT_HTML);
            return ExitCodes.SUCCESS;
        } catch (Engines.EngineUnavailableException | OutputExistsException | ScenarioException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (RunFailedException e) {
            return new ResumableStop("calibration", "evaluated candidates", "--resume").failed(err, folder, e);
        } catch (IOException e) {
            return new ResumableStop("calibration", "evaluated candidates", "--resume").cannotWrite(err, folder, e);
        }
    }
}
