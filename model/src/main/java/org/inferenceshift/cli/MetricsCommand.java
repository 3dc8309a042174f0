package org.inferenceshift.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.report.MetricsDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inferenceshift metrics}: the metric registry, as a list or as docs/METRICS.md. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "List every metric a run records (name, group, unit), or print docs/METRICS.md.")
public final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print the full reference page (docs/METRICS.md) instead of the list.")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(MetricsDoc.markdown());
        } else {
            for (Metric m : Metric.values()) {
                out.printf(Locale.ROOT, "%-34s %-14s %s%n", m.column(), m.group().name().toLowerCase(Locale.ROOT), m.unit());
            }
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
