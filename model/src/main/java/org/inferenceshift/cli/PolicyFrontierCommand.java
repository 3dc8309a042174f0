package org.inferenceshift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inferenceshift.report.PolicyFrontierFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inferenceshift policy-frontier RUNS.csv}: the policy-frontier figure of docs/POLICY.md. */
@Command(name = "policy-frontier", mixinStandardHelpOptions = true,
        description = "Plot coverage against burden (caseload, compliance cost) per policy family and era, with "
                + "bands across seeds, from the runs.csv of a scenarios/experiments/policy-frontier.json batch.")
public final class PolicyFrontierCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUNS.csv", description = "runs.csv of a policy-frontier batch.")
    Path runs;

    @Option(names = "--out", paramLabel = "FILE", description = "PNG to write (default: policy-frontier.png).")
    Path out = Path.of("policy-frontier.png");

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(runs)) {
            spec.commandLine().getErr().println("inferenceshift: " + runs + ": no such file");
            return ExitCodes.BAD_INPUT;
        }
        try {
            PolicyFrontierFigure.write(runs, out);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("inferenceshift: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out);
        return ExitCodes.SUCCESS;
    }
}
