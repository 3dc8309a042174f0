package org.inferenceshift.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inferenceshift.report.PolicyFrontierFigure;
import org.inferenceshift.report.PolicyFrontierTable;
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

    @Option(names = "--table", paramLabel = "FILE",
            description = "Also write the table of docs/POLICY.md (Markdown, mean [10th, 90th percentile] per "
                    + "design point and metric) from the same runs.")
    Path table;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(runs)) {
            spec.commandLine().getErr().println("inferenceshift: " + TerminalText.clean(runs.toString()) + ": no such file");
            return ExitCodes.BAD_INPUT;
        }
        String markdown = null;
        try {
            // the table is computed first so that a runs file it cannot read leaves no figure behind
            if (table != null) {
                markdown = PolicyFrontierTable.markdown(runs);
            }
            PolicyFrontierFigure.write(runs, out);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            spec.commandLine().getErr().println("inferenceshift: " + TerminalText.clean(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out);
        if (table != null) {
            ReplaceFile.withText(table, markdown);
            spec.commandLine().getOut().println("Wrote " + table);
        }
        return ExitCodes.SUCCESS;
    }
}
