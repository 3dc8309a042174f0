package org.inferenceshift.viz;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import org.inferenceshift.cli.ExitCodes;
import org.inferenceshift.cli.ScenarioOptions;
import org.inferenceshift.cli.TerminalText;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inferenceshift gui [SCENARIO.json]}: opens a scenario in MASON's Console. Takes the same scenario
 * options as {@code run} (--seed, --users, --set PATH=VALUE); a bad scenario is reported like the CLI
 * does, with exit code 2, before any window opens.
 */
@Command(name = "inferenceshift gui", mixinStandardHelpOptions = true,
        description = "Open a scenario in the MASON GUI: watch, inspect and change a run.",
        version = "InferenceShift 0.1.0",
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT)
public final class GuiMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    public static void main(String[] args) {
        int code = execute(args);
        if (code != ExitCodes.SUCCESS) {
            System.exit(code);
        }
        // on success the Console's windows keep the JVM alive; closing the Console quits
    }

    static int execute(String... args) {
        return new CommandLine(new GuiMain()).execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = scenarioOptions.load();
        } catch (ScenarioException e) {
            err.println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("inferenceshift gui: no display to open windows on (DISPLAY is not set)."
                    + " Use a desktop session or ssh -X, run under xvfb-run, or run headless: ./inferenceshift run");
            return ExitCodes.FAILED_RUN;
        }
        SwingUtilities.invokeLater(() -> new IndustryModelWithUI(scenario, scenarioOptions.scenarioFile(),
                ScenarioReader.of(scenarioOptions)).createController());
        return ExitCodes.SUCCESS;
    }
}
