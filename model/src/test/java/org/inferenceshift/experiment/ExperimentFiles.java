package org.inferenceshift.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small experiments for tests: written into a temp folder, naming the repository's scenario files. */
final class ExperimentFiles {
    static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    private ExperimentFiles() {
    }

    static String scenario(String file) {
        return "\"" + SCENARIOS.resolve(file).toString().replace("\\", "\\\\") + "\"";
    }

    /** Two eras x three grid points x two seeds = 12 runs of 400 users over 12 months. */
    static String tiny() {
        return """
                {
                  "name": "tiny",
                  "purpose": "test",
                  "seed": 99,
                  "seeds": 2,
                  "scenarios": [%s, %s],
                  "agents": 400,
                  "set": {"horizonMonths": 12},
                  "grid": {"population.incomeSigma": [0.6, 0.85, 1.1]},
                  "keep": {"metrics": ["hhi_revenue", "gini_access"], "statistics": ["last", "mean"]}
                }
                """.formatted(scenario("pretraining-era.json"), scenario("inference-era.json"));
    }

    static Path write(Path dir, String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** Relative paths of every file under {@code dir}, sorted. */
    static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).map(dir::relativize).sorted().forEach(out::add);
        }
        return out;
    }
}
