package org.inferenceshift.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * End to end as a user meets it: the launcher ({@code ./inferenceshift run}) started as a separate
 * process, from its build check and JVM start to the results folder written (CSV, JSON, charts, report),
 * timed by the wall clock around the process. The benchmark's own JVM is idle meanwhile. The launcher is
 * called once untimed first, so a build it may need is not counted.
 */
public final class EndToEnd {
    /** Wall seconds of the fastest of {@code repeats} runs, and of each run. */
    public record Result(int users, int months, double bestSeconds, List<Double> seconds) {
    }

    private EndToEnd() {
    }

    public static Result measure(Path launcher, Path scenarioFile, int users, int months, int repeats, Path workDir)
            throws IOException, InterruptedException {
        // untimed: if the sources changed since the last build, the launcher builds now, not in a timed run
        Path prepare = workDir.resolve("end-to-end-build.log");
        int built = new ProcessBuilder(launcher.toString(), "--help").redirectErrorStream(true)
                .redirectOutput(prepare.toFile()).start().waitFor();
        if (built != 0) {
            throw new IOException("the launcher failed before the end-to-end runs:\n" + Files.readString(prepare));
        }
        double best = Double.MAX_VALUE;
        List<Double> all = new java.util.ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            Path out = workDir.resolve("end-to-end-" + r);
            Path log = workDir.resolve("end-to-end-" + r + ".log");
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "run", scenarioFile.toString(),
                    "--users", Integer.toString(users), "--set", "horizonMonths=" + months, "--out", out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            long started = System.nanoTime();
            int exit = builder.start().waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (exit != 0 || !Files.exists(out.resolve("report.html"))) {
                throw new IOException("end-to-end run exited with " + exit + ":\n" + Files.readString(log));
            }
            best = Math.min(best, seconds);
            all.add(seconds);
        }
        return new Result(users, months, best, List.copyOf(all));
    }
}
