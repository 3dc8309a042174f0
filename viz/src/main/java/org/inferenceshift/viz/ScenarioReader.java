package org.inferenceshift.viz;

import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.cli.ScenarioOptions;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * How File > Load Scenario reads a file: with the overrides the GUI was started with (--seed, --users,
 * --set), so a 20,000-user session stays one after loading another scenario, and says which it applied.
 */
interface ScenarioReader {
    Scenario read(Path file) throws ScenarioException;

    /** The overrides applied to every file read, as typed ("--users 20000"); empty for none. */
    List<String> overrides();

    /** Files as they are, no overrides. */
    static ScenarioReader plain() {
        return new ScenarioReader() {
            @Override
            public Scenario read(Path file) throws ScenarioException {
                return ScenarioLoader.load(file);
            }

            @Override
            public List<String> overrides() {
                return List.of();
            }
        };
    }

    /** Files with the command line's overrides. */
    static ScenarioReader of(ScenarioOptions options) {
        return new ScenarioReader() {
            @Override
            public Scenario read(Path file) throws ScenarioException {
                return options.load(file);
            }

            @Override
            public List<String> overrides() {
                return options.overridesAsTyped();
            }
        };
    }
}
