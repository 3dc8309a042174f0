package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad values of the api section (issue 18 item 5), as BadInputTest checks every other section: the exact
 * message with the file and the JSON path, exit code 2, no stack trace and nothing written.
 */
class ApiInputTest {
    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path file;

    @BeforeEach
    void file() {
        file = tmp.resolve("scenario.json");
    }

    private String rejected(String api) throws Exception {
        Files.writeString(file, "{ \"api\": " + api + ", \"labs\": [ { \"id\": \"a\" } ] }", StandardCharsets.UTF_8);
        Map<String, String> before = CliHarness.snapshot(tmp);
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.BAD_INPUT, cli.run("run", file.toString(), "--out", out.toString()), cli.stderr);
        assertFalse(cli.stderr.contains("\tat "), "no stack trace: " + cli.stderr);
        assertFalse(Files.exists(out), "no results folder");
        assertEquals(before, CliHarness.snapshot(tmp), "nothing written");
        return cli.stderr.strip();
    }

    private String prefix() {
        return "inferenceshift: " + file + ": ";
    }

    @Test
    void outOfRangeValuesGiveTheirRange() throws Exception {
        assertEquals(prefix() + "$.api.markupStep: must be in [0, 1], got 2", rejected("{ \"markupStep\": 2 }"));
        assertEquals(prefix() + "$.api.buyers: must be in [1, 1000000], got 0", rejected("{ \"buyers\": 0 }"));
        assertEquals(prefix() + "$.api.firmSizeTailIndex: must be in [0.5, 5], got 0.1",
                rejected("{ \"firmSizeTailIndex\": 0.1 }"));
        assertEquals(prefix() + "$.api.queriesPerMonth: must be in [0, 1e16], got -1", rejected("{ \"queriesPerMonth\": -1 }"));
    }

    @Test
    void wrongTypesSayWhatWasExpected() throws Exception {
        assertEquals(prefix() + "$.api.enabled: must be true or false, got a string \"yes\"", rejected("{ \"enabled\": \"yes\" }"));
        assertEquals(prefix() + "$.api.buyers: must be a whole number in [1, 1000000], got 10.5", rejected("{ \"buyers\": 10.5 }"));
        assertEquals(prefix() + "$.api.pricing: must be one of FIXED, COST_PLUS, got \"CHEAP\"", rejected("{ \"pricing\": \"CHEAP\" }"));
        assertEquals(prefix() + "$.api: must be an object, got a number 1", rejected("1"));
    }

    @Test
    void unknownFieldsSuggestTheNearestName() throws Exception {
        assertTrue(rejected("{ \"buyer\": 10 }").startsWith(prefix() + "$.api.buyer: unknown field (did you mean \"buyers\"?)"),
                cli.stderr);
    }

    @Test
    void inconsistentMarkupsAreRefused() throws Exception {
        assertEquals(prefix() + "$.api.minMarkup: 2 is above $.api.maxMarkup = 1",
                rejected("{ \"minMarkup\": 2, \"maxMarkup\": 1 }"));
        assertEquals(prefix() + "$.api.initialMarkup: 20 is outside [$.api.minMarkup, $.api.maxMarkup] = [0.1, 10]"
                        + " (a COST_PLUS lab starts within the markups it may move to)",
                rejected("{ \"initialMarkup\": 20 }"));
    }
}
