package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad values of the regulator, strategy and metrics fields of issue 19: file, JSON path, exit 2, nothing written. */
class RegulatorInputTest {
    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    private String rejected(String content) throws Exception {
        Path file = tmp.resolve("scenario.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.BAD_INPUT, cli.run("run", file.toString(), "--out", out.toString()), cli.stderr);
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(cli.stderr.contains("\tat "), "no stack trace: " + cli.stderr);
        return cli.stderr.strip().replace(file.toString(), "FILE");
    }

    private String regulator(String fields) throws Exception {
        return rejected("{ \"regulators\": [ { \"id\": \"r\", " + fields + " } ], \"labs\": [ { \"id\": \"a\" } ] }");
    }

    @Test
    void everyNewRegulatorFieldIsRangeChecked() throws Exception {
        assertEquals("inferenceshift: FILE: $.regulators[0].reviewPeriodMonths: must be in [1, 120], got 0",
                regulator("\"reviewPeriodMonths\": 0"));
        assertEquals("inferenceshift: FILE: $.regulators[0].reviewLagMonths: must be a whole number in [0, 120], got 1.5",
                regulator("\"reviewLagMonths\": 1.5"));
        assertEquals("inferenceshift: FILE: $.regulators[0].reportingErrorOom: must be in [0, 3], got 4",
                regulator("\"reportingErrorOom\": 4"));
        assertEquals("inferenceshift: FILE: $.regulators[0].monitoringSiteFlopPerMonth: must be in [1e15, 1e40], got 1e10",
                regulator("\"monitoringSiteFlopPerMonth\": 1e10"));
        assertEquals("inferenceshift: FILE: $.regulators[0].revenueThresholdUsd: must be in [0, 1e15], got -1",
                regulator("\"revenueThresholdUsd\": -1"));
    }

    @Test
    void anUnknownEvaluationChoiceListsTheKnownOnes() throws Exception {
        assertEquals("inferenceshift: FILE: $.regulators[0].evaluationChoice: must be one of LARGEST_REPORTED_COMPUTE, "
                        + "HIGHEST_REVENUE, got \"BIGGEST\"",
                regulator("\"evaluationChoice\": \"BIGGEST\""));
    }

    @Test
    void aDesignationOfficeNeedsAnEvaluation() throws Exception {
        assertEquals("inferenceshift: FILE: $.regulators[0].evaluationsPerPeriod: must be in [1, 1000], got 0",
                regulator("\"policy\": \"CAPABILITY_DESIGNATION\", \"evaluationsPerPeriod\": 0"));
    }

    @Test
    void theActorAndSiteSplittingNumbersAreRangeChecked() throws Exception {
        assertEquals("inferenceshift: FILE: $.metrics.actorTasks: must be in [1, 1e9], got 0",
                rejected("{ \"metrics\": { \"actorTasks\": 0 }, \"labs\": [ { \"id\": \"a\" } ] }"));
        assertEquals("inferenceshift: FILE: $.strategy.siteSplitOverheadShare: must be in [0, 1], got 1.5",
                rejected("{ \"strategy\": { \"siteSplitOverheadShare\": 1.5 }, \"labs\": [ { \"id\": \"a\" } ] }"));
    }

    @Test
    void theRevenueLineOptionIsChecked() throws Exception {
        assertEquals("inferenceshift: FILE: $.strategy.revenueLineMarginShare: must be in [0, 0.5], got 0.9",
                rejected("{ \"strategy\": { \"revenueLineMarginShare\": 0.9 }, \"labs\": [ { \"id\": \"a\" } ] }"));
        String message = rejected("{ \"strategy\": { \"stayUnderRevenueLine\": \"yes\" }, \"labs\": [ { \"id\": \"a\" } ] }");
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("$.strategy.stayUnderRevenueLine"), message);
    }
}
