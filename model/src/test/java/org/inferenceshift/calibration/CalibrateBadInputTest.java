package org.inferenceshift.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.inferenceshift.cli.CliHarness;
import org.inferenceshift.cli.ExitCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** A bad calibration file stops {@code calibrate} before anything runs: file and JSON path named, exit 2, nothing written. */
class CalibrateBadInputTest {
    private static final String EXPERIMENT = Path.of("..", "scenarios", "experiments", "validation-quick.json")
            .toAbsolutePath().normalize().toString().replace("\\", "/");
    private static final String GOOD_PARAMETERS =
            "\"parameters\": [{\"path\": \"choice.brandTasteScale\", \"min\": 0.02, \"max\": 0.4}]";
    private static final String BUDGETS = "\"optimiser\": {\"evaluations\": 4}, \"posterior\": {\"points\": 4, \"tolerance\": 0.1}";

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        String head = "\"name\": \"bad\", \"purpose\": \"test\", \"experiment\": \"" + EXPERIMENT + "\", ";
        return Stream.of(
                Arguments.of("{" + head + GOOD_PARAMETERS + ", " + BUDGETS + ", \"optimizer\": {}}", "$.optimizer",
                        "did you mean \"optimiser\""),
                Arguments.of("{" + head + "\"parameters\": [{\"path\": \"choice.brandTasteScale\", \"min\": 0.4, \"max\": 0.02}], "
                        + BUDGETS + "}", "$.parameters[0]", "must be below max"),
                Arguments.of("{" + head + "\"parameters\": [{\"path\": \"choice.noSuchThing\", \"min\": 0, \"max\": 1}], "
                        + BUDGETS + "}", "$.parameters[0].path", "noSuchThing"),
                Arguments.of("{" + head + "\"parameters\": [{\"path\": \"choice.brandTasteScale\", \"min\": -5, \"max\": 0.4}], "
                        + BUDGETS + "}", "$.parameters[0].min", "rejected by the scenario"),
                Arguments.of("{" + head + GOOD_PARAMETERS + ", \"targets\": [\"mean_price_paid\"], " + BUDGETS + "}",
                        "$.targets[0]", "held out"),
                Arguments.of("{" + head + GOOD_PARAMETERS + ", \"targets\": [\"paying_shares\"], " + BUDGETS + "}",
                        "$.targets[0]", "did you mean \"paying_share\""),
                Arguments.of("{" + head + GOOD_PARAMETERS + ", \"optimiser\": {\"evaluations\": 0}, "
                        + "\"posterior\": {\"points\": 4, \"tolerance\": 0.1}}", "$.optimiser.evaluations", "whole number"),
                Arguments.of("{\"name\": \"bad\", \"purpose\": \"test\", \"experiment\": \"missing.json\", " + GOOD_PARAMETERS
                        + ", " + BUDGETS + "}", "$.experiment", "missing.json"),
                Arguments.of("{" + head + GOOD_PARAMETERS + ", " + BUDGETS, "not valid JSON", ""));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void refusedWithFileAndPathAndNothingWritten(String json, String path, String detail) throws Exception {
        Path file = dir.resolve("calibration.json");
        Files.writeString(file, json);
        Path out = dir.resolve("out");
        CliHarness cli = new CliHarness();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("calibrate", file.toString(), "--out", out.toString()), cli.stderr);
        assertTrue(cli.stderr.contains(file.toString()), "names the file: " + cli.stderr);
        assertTrue(cli.stderr.contains(path), "names " + path + ": " + cli.stderr);
        assertTrue(cli.stderr.contains(detail), "says " + detail + ": " + cli.stderr);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "nothing written beside the calibration file");
        }
        assertFalse(Files.exists(out));
    }
}
