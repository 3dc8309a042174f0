package org.inferenceshift.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.report.ResultsFolder;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.scenario.Scenario;

/**
 * Runs a scenario with one thread and with several and compares every file the two results folders
 * hold, byte for byte (the determinism guarantee, checked at benchmark scale rather than test scale).
 */
public final class ThreadDeterminism {
    /** {@code firstDifference} is empty when every file matched. */
    public record Result(int users, int threads, int files, String firstDifference) {
        public boolean identical() {
            return firstDifference.isEmpty();
        }
    }

    private ThreadDeterminism() {
    }

    public static Result check(Scenario scenario, int threads, Path workDir) throws IOException, OutputExistsException {
        Path one = workDir.resolve("threads-1");
        Path many = workDir.resolve("threads-" + threads);
        ResultsFolder.write(HeadlessRun.run(scenario, 1), one);
        ResultsFolder.write(HeadlessRun.run(scenario, threads), many);
        List<Path> names = files(one);
        String difference = names.equals(files(many)) ? "" : "the folders hold different files";
        for (Path name : names) {
            if (difference.isEmpty()
                    && !Arrays.equals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(many.resolve(name)))) {
                difference = name.toString();
            }
        }
        return new Result(scenario.population().agents(), threads, names.size(), difference);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
