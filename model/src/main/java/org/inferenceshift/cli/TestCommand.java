package org.inferenceshift.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inferenceshift test} as listed in the help. Tests are Maven's job, so the launcher runs
 * {@code mvn test} itself (under xvfb-run when there is no display); this entry only answers when the model
 * jar alone is asked for it.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run every test with Maven (the GUI tests under xvfb-run when there is no display).")
public final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("inferenceshift test: tests run through Maven; use ./inferenceshift test"
                + " [MAVEN OPTIONS] from the repository root (or mvn -B test)");
        return ExitCodes.BAD_INPUT;
    }
}
