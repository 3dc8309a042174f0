package org.inferenceshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code inferenceshift} command line: one subcommand per way of using the model. */
@Command(name = "inferenceshift",
        mixinStandardHelpOptions = true,
        version = "InferenceShift 0.1.0",
        description = "Agent-based model of the frontier-AI industry when capability can be bought with inference compute.",
        subcommands = {RunCommand.class, GuiCommand.class, BatchCommand.class, ClaimsCommand.class, ValidateCommand.class, CalibrateCommand.class,
                BenchCommand.class, MetricsCommand.class, PolicyFrontierCommand.class, TestCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeOnExecutionException = ExitCodes.FAILED_RUN)
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code instead of exiting (for tests and embedding). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("inferenceshift: run failed: " + e);
            return ExitCodes.FAILED_RUN;
        });
        cli.setParameterExceptionHandler(new SubcommandSuggestions(cli.getParameterExceptionHandler()));
        return cli.execute(args);
    }
}
