package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.market.UserPass;
import org.inferenceshift.report.ResultsFolder;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void sameScenarioAndSeedGiveByteIdenticalResultsWhateverTheThreadCount() throws Exception {
        // more users than one chunk, so two threads really split the pass
        Scenario scenario = TestScenarios.small(2 * UserPass.CHUNK_SIZE + 123, 30, "");
        Path one = tmp.resolve("one");
        Path again = tmp.resolve("again");
        Path two = tmp.resolve("two");
        ResultsFolder.write(HeadlessRun.run(scenario, 1), one);
        ResultsFolder.write(HeadlessRun.run(scenario, 1), again);
        ResultsFolder.write(HeadlessRun.run(scenario, 2), two);
        assertSameFiles(one, again);
        assertSameFiles(one, two);
    }

    @Test
    void anotherSeedGivesAnotherRun() throws Exception {
        Scenario scenario = TestScenarios.small(2_000, 12, "");
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        ResultsFolder.write(HeadlessRun.run(scenario, 1), a);
        ResultsFolder.write(HeadlessRun.run(scenario.withSeed(scenario.seed() + 1), 1), b);
        assertNotEquals(Files.readString(a.resolve("timeseries.csv")), Files.readString(b.resolve("timeseries.csv")));
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> names = list(expected);
        assertArrayEquals(names.toArray(), list(actual).toArray(), "same file names");
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " differs");
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
