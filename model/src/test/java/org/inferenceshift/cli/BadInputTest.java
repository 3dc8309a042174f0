package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of bad input: the exact message (file, JSON path, what was expected), exit code 2,
 * no stack trace, and nothing written: the results folder is not created and the folder around it,
 * which holds an earlier run, is byte for byte what it was.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path results;
    private Path file;

    @BeforeEach
    void earlierResults() throws Exception {
        results = tmp.resolve("results");
        Files.createDirectories(results.resolve("earlier-run"));
        Files.writeString(results.resolve("earlier-run").resolve("summary.json"), "{\"kept\": true}\n");
        file = tmp.resolve("scenario.json");
    }

    /** Writes the scenario, runs it, and checks exit code 2, no stack trace and nothing written. */
    private String rejected(String content) throws Exception {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return rejectedFile(file.toString());
    }

    private String rejectedFile(String scenario, String... extra) throws Exception {
        Map<String, String> before = CliHarness.snapshot(tmp);
        Path out = results.resolve("new-run");
        String[] args = new String[3 + 1 + extra.length];
        args[0] = "run";
        args[1] = scenario;
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        assertEquals(ExitCodes.BAD_INPUT, cli.run(args), cli.stderr);
        assertFalse(cli.stderr.contains("\tat "), "no stack trace: " + cli.stderr);
        assertFalse(cli.stdout.contains("Running"), "the run never started");
        assertFalse(Files.exists(out), "no results folder");
        assertEquals(before, CliHarness.snapshot(tmp), "nothing written, nothing changed");
        return cli.stderr.strip();
    }

    private static final String LAB = "\"labs\": [ { \"id\": \"a\" } ]";

    @Test
    void invalidJsonGivesLineAndColumnOfTheBadCharacter() throws Exception {
        String msg = rejected("{\n  \"name\": \"broken\",\n  \"horizonMonths\": 12\n  " + LAB + "\n}\n");
        assertEquals("inferenceshift: " + file + ": invalid JSON at line 4, column 3: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries", msg);
    }

    @Test
    void truncatedJsonGivesWhereTheFileEnds() throws Exception {
        String msg = rejected("{ \"name\": \"x\", ");
        assertEquals("inferenceshift: " + file + ": invalid JSON at line 1, column 16: Unexpected end-of-input"
                + " within/between Object entries", msg);
    }

    @Test
    void anEmptyFileOrOneOfOnlySpacesSaysItIsEmpty() throws Exception {
        String expected = "inferenceshift: " + file + ": file is empty; a scenario is a JSON object such as {\"name\": \"x\"}";
        assertEquals(expected, rejected(""));
        assertEquals(expected, rejected(" \n\t\n"));
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsRefused() throws Exception {
        assertEquals("inferenceshift: " + file + ": $: must be a JSON object, got an array [1,2]", rejected("[1, 2]"));
    }

    @Test
    void anUnknownFieldSuggestsTheNearestKnownName() throws Exception {
        String msg = rejected("{ \"horizonMonth\": 12, " + LAB + " }");
        List<String> known = new ArrayList<>();
        ScenarioLoader.defaults().fieldNames().forEachRemaining(known::add);
        // the defaults objects are merged apart from the rest, so the message lists them last, in name order
        known.removeIf(name -> name.endsWith("Defaults"));
        known.addAll(List.of("labDefaults", "regionDefaults", "regulatorDefaults"));
        assertEquals("inferenceshift: " + file + ": $.horizonMonth: unknown field (did you mean \"horizonMonths\"?);"
                + " known fields here: " + String.join(", ", known), msg);
        String nested = rejected("{ \"labs\": [ { \"id\": \"a\", \"cashUSD\": 1 } ] }");
        assertTrue(nested.startsWith("inferenceshift: " + file + ": $.labs[0].cashUSD: unknown field (did you mean \"cashUsd\"?)"), nested);
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.horizonMonths: must be a number, got a string \"12\"",
                rejected("{ \"horizonMonths\": \"12\", " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.labs[0].openWeights: must be true or false, got a string \"yes\"",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"openWeights\": \"yes\" } ] }"));
        assertEquals("inferenceshift: " + file + ": $.population: must be an object, got null",
                rejected("{ \"population\": null, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.horizonMonths: must be a whole number in [1, 1200], got 12.5",
                rejected("{ \"horizonMonths\": 12.5, " + LAB + " }"));
    }

    @Test
    void aValueOutOfItsRangeGivesTheRange() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.labs[0].allocation.pre: must be in [0, 1], got 1.4",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"allocation\": { \"pre\": 1.4 } } ] }"));
        assertEquals("inferenceshift: " + file + ": $.population.agents: must be in [1, 1e8], got -5",
                rejected("{ \"population\": { \"agents\": -5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.horizonMonths: must be a whole number in [1, 1200], got 99999999999",
                rejected("{ \"horizonMonths\": 99999999999, " + LAB + " }"));
    }

    /** Issue 16's model-family and serving-efficiency fields, and the free-tier penalty they replace. */
    @Test
    void distillationAndServingEfficiencyFieldsAreChecked() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.pricing.distilledSizeFraction: must be in [0.001, 1], got 0",
                rejected("{ \"pricing\": { \"distilledSizeFraction\": 0 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.pricing.distillationPenaltyEPerOom: must be in [0, 3], got -0.5",
                rejected("{ \"pricing\": { \"distillationPenaltyEPerOom\": -0.5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.pricing.distillationComputeShare: must be in [0, 2], got 5",
                rejected("{ \"pricing\": { \"distillationComputeShare\": 5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.trends.servingEfficiencyGrowthPerYear: must be in [1, 30], got 0.5",
                rejected("{ \"trends\": { \"servingEfficiencyGrowthPerYear\": 0.5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.trends.servingEfficiencyMax: must be in [1, 1e9], got 0.5",
                rejected("{ \"trends\": { \"servingEfficiencyMax\": 0.5 }, " + LAB + " }"));
        String removed = rejected("{ \"pricing\": { \"freeTierPenaltyE\": 0.5 }, " + LAB + " }");
        assertTrue(removed.startsWith("inferenceshift: " + file + ": $.pricing.freeTierPenaltyE: unknown field"), removed);
    }

    @Test
    void inferenceDuringTrainingFieldsAreChecked() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.ida.failureProbability: must be in [0, 1], got 1.5",
                rejected("{ \"ida\": { \"failureProbability\": 1.5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.ida.monthsPerIteration: must be in [1, 60], got 0",
                rejected("{ \"ida\": { \"monthsPerIteration\": 0 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.ida.samplesPerIteration: must be in [1, 1e12], got 0",
                rejected("{ \"ida\": { \"samplesPerIteration\": 0 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.ida.lowGainIterations: must be a whole number in [1, 1000], got 2.5",
                rejected("{ \"ida\": { \"lowGainIterations\": 2.5 }, " + LAB + " }"));
        String stopping = rejected("{ \"ida\": { \"stopping\": \"SOMETIMES\" }, " + LAB + " }");
        assertTrue(stopping.startsWith("inferenceshift: " + file + ": $.ida.stopping: ") && stopping.contains("AFTER_LOW_GAINS"),
                stopping);
        assertEquals("inferenceshift: " + file + ": $.ida.monthsPerIteration: 24 is longer than $.horizonMonths = 12;"
                + " no iteration could finish", rejected("{ \"horizonMonths\": 12, \"ida\": { \"enabled\": true,"
                + " \"monthsPerIteration\": 24 }, \"labs\": [ { \"id\": \"a\", \"trainingMonths\": 1 } ] }"));
        String removed = rejected("{ \"ida\": { \"computeMultiple\": 0.1 }, " + LAB + " }");
        assertTrue(removed.startsWith("inferenceshift: " + file + ": $.ida.computeMultiple: unknown field"), removed);
    }

    @Test
    void syntheticDataFieldsAreChecked() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.synthetic.acceptanceReasoning: must be in [0, 1], got 1.2",
                rejected("{ \"synthetic\": { \"acceptanceReasoning\": 1.2 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.synthetic.generationMultiplier: must be in [1, 1000000], got 0.5",
                rejected("{ \"synthetic\": { \"generationMultiplier\": 0.5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.labs[0].allocation.synthetic: 0.1 is spent on synthetic data,"
                + " but $.synthetic.enabled is false (enable it or set synthetic to 0)",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"allocation\": { \"pre\": 0.4, \"synthetic\": 0.1 } } ] }"));
    }

    @Test
    void aMissingRequiredValueIsNamed() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.labs[1].id: missing required field (a unique lab name)",
                rejected("{ \"labs\": [ { \"id\": \"a\" }, { \"cashUsd\": 1.0e9 } ] }"));
        assertEquals("inferenceshift: " + file + ": $.labs: must list at least one lab", rejected("{ \"name\": \"no labs\" }"));
    }

    @Test
    void inconsistentValuesNameBothSides() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.labs[0].allocation: shares pre + post + inference + ida + synthetic must sum to 1, got 1.15",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"allocation\": { \"pre\": 0.65 } } ] }"));
        assertEquals("inferenceshift: " + file + ": $.labs[0].trainingMonths: 24 is longer than $.horizonMonths = 12;"
                + " no run could finish", rejected("{ \"horizonMonths\": 12, \"labs\": [ { \"id\": \"a\", \"trainingMonths\": 24 } ] }"));
        assertEquals("inferenceshift: " + file + ": $.labs[*].initialUserShare: shares sum to 1.2, must be at most 1",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"initialUserShare\": 0.6 }, { \"id\": \"b\", \"initialUserShare\": 0.6 } ] }"));
        assertEquals("inferenceshift: " + file + ": $.population.represents: 10 people cannot be represented by 100 agents"
                        + " (each agent stands for at least one person)",
                rejected("{ \"population\": { \"agents\": 100, \"represents\": 10 }, " + LAB + " }"));
    }

    @Test
    void usersFieldsAreValidated() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.choice.switchingCost: must be in [0, 10], got -0.1",
                rejected("{ \"choice\": { \"switchingCost\": -0.1 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.population.initialAdopterShare: must be in [0, 1], got 1.5",
                rejected("{ \"population\": { \"initialAdopterShare\": 1.5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.population.technicalShare: must be in [0, 1], got -0.2",
                rejected("{ \"population\": { \"technicalShare\": -0.2 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.population.technicalShare: must be a number, got a string \"5%\"",
                rejected("{ \"population\": { \"technicalShare\": \"5%\" }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.population.adoptionInnovation: 0 with initialAdopterShare 0: "
                        + "nobody would ever use AI (give p > 0 or a positive initial share)",
                rejected("{ \"population\": { \"adoptionInnovation\": 0, \"initialAdopterShare\": 0 }, " + LAB + " }"));
    }

    @Test
    void capacityPlanningFieldsAreValidated() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.capacity.reservedDiscount: must be in [0, 0.95], got 0.99",
                rejected("{ \"capacity\": { \"reservedDiscount\": 0.99 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.capacity.commitmentMonths: must be in [1, 60], got 0",
                rejected("{ \"capacity\": { \"commitmentMonths\": 0 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.capacity.initialHeadroom: 4 is above $.capacity.maxHeadroom = 3"
                        + " (a lab cannot start above the most headroom it may learn)",
                rejected("{ \"capacity\": { \"initialHeadroom\": 4 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.labs[0].capacityPlanning: must be one of FIXED_SHARE, DEMAND_FORECAST,"
                        + " got \"WEEKLY\"",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"capacityPlanning\": \"WEEKLY\" } ] }"));
    }

    @Test
    void theInferencePolicyFieldsAreValidated() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.serving.adaptiveTargetSuccess: must be in [0.5, 0.999], got 1.2",
                rejected("{ \"serving\": { \"adaptiveTargetSuccess\": 1.2 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.serving.adaptiveMinGainPerOom: must be in [0, 10], got -0.1",
                rejected("{ \"serving\": { \"adaptiveMinGainPerOom\": -0.1 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.pricing.premisedGrowthMonths: must be a whole number in [1, 600], got 0.5",
                rejected("{ \"pricing\": { \"premisedGrowthMonths\": 0.5 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.pricing.premisedGrowthOom: must be in [0, 9], got 12",
                rejected("{ \"pricing\": { \"premisedGrowthOom\": 12 }, " + LAB + " }"));
        assertEquals("inferenceshift: " + file + ": $.labs[0].tierInference: must be one of FIXED, ADAPTIVE, got \"SOMETIMES\"",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"tierInference\": \"SOMETIMES\" } ] }"));
        assertEquals("inferenceshift: " + file + ": $.labs[0].inferenceRevision: PREMISED sets the base tier's k in pricing"
                        + " reviews, but $.labs[0].pricingPolicy is FIXED (no reviews); use EXPERIMENT",
                rejected("{ \"labs\": [ { \"id\": \"a\", \"pricingPolicy\": \"FIXED\", \"inferenceRevision\": \"PREMISED\" } ] }"));
    }

    @Test
    void duplicateLabIdsAreRefused() throws Exception {
        assertEquals("inferenceshift: " + file + ": $.labs[2].id: duplicate lab id \"a\" (ids must be unique)",
                rejected("{ \"labs\": [ { \"id\": \"a\" }, { \"id\": \"b\" }, { \"id\": \"a\" } ] }"));
    }

    @Test
    void aDuplicateKeyInOneObjectIsASyntaxError() throws Exception {
        // the column is just past the repeated name, where the parser noticed it
        assertEquals("inferenceshift: " + file + ": invalid JSON at line 1, column 39: Duplicate field 'horizonMonths'",
                rejected("{ \"horizonMonths\": 12, \"horizonMonths\": 24, " + LAB + " }"));
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path missing = tmp.resolve("no-such.json");
        assertEquals("inferenceshift: " + missing + ": file not found", rejectedFile(missing.toString()));
    }

    @Test
    void aFolderGivenAsScenarioIsNamed() throws Exception {
        assertEquals("inferenceshift: " + results + ": is a folder, not a file", rejectedFile(results.toString()));
    }

    @Test
    void aFileThatIsNotUtf8GivesTheLineOfTheBadByte() throws Exception {
        Files.write(file, "{\n  \"name\": \"caf\u00e9\",\n  \"purpose\": \"x\u00ff\"\n}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("inferenceshift: " + file + ": not UTF-8 text: invalid byte 0xe9 at line 2 (byte offset 16);"
                + " save the file as UTF-8", rejectedFile(file.toString()));
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Files.writeString(file, "{ " + LAB + " }");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root)");
        assertEquals("inferenceshift: " + file + ": cannot read file (permission denied)", rejectedFile(file.toString()));
    }

    @Test
    void badOverridesAreBadInputToo() throws Exception {
        Files.writeString(file, "{ " + LAB + " }");
        assertEquals("inferenceshift: " + file + ": override .: not a dotted path such as capability.returnsAboveWall"
                + " or labs.0.allocation.pre", rejectedFile(file.toString(), "--set", ".=1"));
        assertEquals("inferenceshift: " + file + ": override labs.5.id: no element 5 in this scenario",
                rejectedFile(file.toString(), "--set", "labs.5.id=\"x\""));
        assertEquals("inferenceshift: --set capability: expected PATH=VALUE, e.g. capability.returnsAboveWall=0.3",
                rejectedFile(file.toString(), "--set", "capability"));
        assertEquals("inferenceshift: " + file + ": $.population.agents: must be in [1, 1e8], got 0",
                rejectedFile(file.toString(), "--users", "0"));
    }

    @Test
    void anUnknownOptionIsBadInput() throws Exception {
        Files.writeString(file, "{ " + LAB + " }");
        String msg = rejectedFile(file.toString(), "--thread", "2");
        assertTrue(msg.startsWith("Unknown options: '--thread', '2'"), msg);
    }
}
