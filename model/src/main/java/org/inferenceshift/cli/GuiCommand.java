package org.inferenceshift.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inferenceshift gui} as listed in the help. The GUI lives in the viz module (MASON's Console), so the
 * launcher starts it there directly; this entry only answers when the model jar alone is asked for it.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open a scenario in the MASON GUI: watch, inspect and change a run (same scenario options as run).")
public final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("inferenceshift gui: the GUI is in the viz module; start it with"
                + " ./inferenceshift gui [SCENARIO.json] [--seed N] [--users N] [--set PATH=VALUE]"
                + " (or java -cp viz/target/inferenceshift-viz.jar:'viz/target/lib/*' org.inferenceshift.viz.GuiMain)");
        return ExitCodes.BAD_INPUT;
    }
}
