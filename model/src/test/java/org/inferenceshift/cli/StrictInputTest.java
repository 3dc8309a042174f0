package org.inferenceshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.inferenceshift.scenario.ScenarioText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second wave of bad input (issue 23): input that used to be silently cut short, crash the JVM or
 * give a message contradicting itself. Each is refused with exit 2, one line, nothing written.
 */
class StrictInputTest {
    private static final String LAB = "\"labs\": [ { \"id\": \"a\" } ]";
    private static final String SMALL = "{ \"horizonMonths\": 12, \"population\": { \"agents\": 50 }, " + LAB + " }";

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path file;
    private Path out;

    @BeforeEach
    void files() {
        file = tmp.resolve("scenario.json");
        out = tmp.resolve("results").resolve("new-run");
    }

    private String rejected(String... args) throws IOException {
        Map<String, String> before = CliHarness.snapshot(tmp);
        assertEquals(ExitCodes.BAD_INPUT, cli.run(args), cli.stderr + cli.stdout);
        assertFalse(cli.stderr.contains("\tat "), "no stack trace: " + cli.stderr);
        assertFalse(cli.stdout.contains("Running"), "the run never started");
        assertEquals(before, CliHarness.snapshot(tmp), "nothing written");
        assertEquals(1, cli.stderr.strip().lines().count(), "one line: " + cli.stderr);
        return cli.stderr.strip();
    }

    private String rejectedScenario(String content, String... extra) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        String[] args = new String[4 + extra.length];
        args[0] = "run";
        args[1] = file.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return rejected(args);
    }

    @Test
    void textAfterTheEndOfTheScenarioIsRefusedNotIgnored() throws IOException {
        String trailing = "inferenceshift: " + file + ": invalid JSON at line 1, column %d: more text after the end of the"
                + " JSON value (a stray closing bracket or a second value?); a file holds exactly one JSON object";
        // a stray "}" after the first settings used to end the scenario there, every later setting dropped
        assertEquals(trailing.formatted(25), rejectedScenario("{ \"horizonMonths\": 12 } { \"seed\": 5, " + LAB + " }"));
        assertEquals(trailing.formatted(SMALL.length() + 2), rejectedScenario(SMALL + " {}"));
        assertTrue(rejectedScenario("{ \"horizonMonths\": 12 }, \"seed\": 5 }").startsWith(
                "inferenceshift: " + file + ": invalid JSON at line 1, column 24: Unexpected character (','"));
    }

    @Test
    void nanAndInfinityAreNamedWithoutJacksonAdvice() throws IOException {
        assertEquals("inferenceshift: " + file + ": invalid JSON at line 1, column 20: NaN is not a JSON number;"
                + " every number must be finite and written as digits", rejectedScenario("{ \"horizonMonths\": NaN, " + LAB + " }"));
        String infinity = rejectedScenario("{ \"horizonMonths\": -Infinity, " + LAB + " }");
        assertTrue(infinity.contains("-Infinity is not a JSON number"), infinity);
        assertFalse(infinity.contains("enable"), infinity);
    }

    @Test
    void aDeviceAPipeOrAFolderIsRefusedBeforeReading() throws Exception {
        assertEquals("inferenceshift: /dev/zero: is not a regular file (a device, pipe or socket); give the path of a JSON file",
                rejected("run", "/dev/zero", "--out", out.toString()));
        Path fifo = tmp.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertEquals("inferenceshift: " + fifo + ": is not a regular file (a device, pipe or socket); give the path of a JSON file",
                rejected("run", fifo.toString(), "--out", out.toString()));
        assertEquals("inferenceshift: " + tmp + ": is a folder, not a file", rejected("run", tmp.toString(), "--out", out.toString()));
    }

    @Test
    void aFileLargerThanAnyScenarioIsRefusedWithoutReadingItWhole() throws IOException {
        Path huge = tmp.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(ScenarioText.MAX_BYTES + 1);
        }
        assertEquals("inferenceshift: " + huge + ": file is too large (more than 16 MB); a scenario or experiment file"
                + " is a few kilobytes of JSON", rejected("run", huge.toString(), "--out", out.toString()));
    }

    @Test
    void emptyNamesSaySoInsteadOfNamingNothing() throws IOException {
        Files.writeString(file, SMALL);
        assertEquals("inferenceshift: the file name is empty; give the path of a JSON file",
                rejected("run", "", "--out", out.toString()));
        assertEquals("inferenceshift: the results folder name is empty; give a folder such as results/my-run",
                rejected("run", file.toString(), "--out", ""));
    }

    @Test
    void aListIndexBeyondIntIsPastTheEndNotACrash() throws IOException {
        assertEquals("inferenceshift: " + file + ": override labs.99999999999.id: no element 99999999999 in this scenario",
                rejectedScenario(SMALL, "--set", "labs.99999999999.id=\"x\""));
        assertEquals("inferenceshift: " + file + ": override labs.99999999999: path does not lead to a field of this scenario",
                rejectedScenario(SMALL, "--set", "labs.99999999999={}"));
    }

    @Test
    void aValueJustOutsideItsRangeIsPrintedWithEnoughDigitsToDifferFromTheBound() throws IOException {
        assertEquals("inferenceshift: " + file + ": $.labs[0].cashUsd: must be in [0, 1e15], got 1.0000000000000002e15",
                rejectedScenario(SMALL, "--set", "labs.0.cashUsd=1.0000000000000002e15"));
        assertEquals("inferenceshift: " + file + ": $.population.agents: must be in [1, 100000000], got 100000001",
                rejectedScenario(SMALL, "--users", "100000001"));
        assertEquals("inferenceshift: " + file + ": $.seed: must be in [0, 4294967295], got 4294967296",
                rejectedScenario(SMALL, "--seed", "4294967296"));
        assertEquals("inferenceshift: " + file + ": $.population.agents: must be in [1, 1e8], got 2e8",
                rejectedScenario(SMALL, "--users", "200000000"), "far from the bound, the usual six digits");
    }

    @Test
    void threadsBelowOneAreRefusedByEveryCommand() throws IOException {
        Files.writeString(file, SMALL);
        for (String threads : new String[] {"0", "-3"}) {
            String expected = "inferenceshift: --threads must be at least 1, got " + threads;
            assertEquals(expected, rejected("run", file.toString(), "--out", out.toString(), "--threads", threads));
            assertEquals(expected, rejected("batch", file.toString(), "--out", out.toString(), "--threads", threads));
            assertEquals(expected, rejected("claims", "--quick", "--out", out.toString(), "--threads", threads));
            assertEquals(expected, rejected("validate", "--quick", "--out", out.toString(), "--threads", threads));
            assertEquals(expected, rejected("bench", "--out", out.toString(), "--threads", threads));
        }
    }

    @Test
    void aBadCalibrationPosteriorIsRefusedNamingTheFileAndTheLineBeforeTheClaimsRun() throws IOException {
        Path posterior = tmp.resolve("posterior.csv");
        String wtp = "population.valueUsdPerMonthAtMedianIncome";
        String[] claims = {"claims", "--quick", "--scenarios", "../scenarios", "--out", out.toString(), "--posterior",
                posterior.toString()};

        Files.writeString(posterior, "world," + wtp + ",distance\n0,10,0\n");
        assertEquals("inferenceshift: " + posterior + ": line 1: the header must be sample, the parameter paths, distance"
                + " (as calibrate writes posterior.csv); got world," + wtp + ",distance", rejected(claims));

        Files.writeString(posterior, "sample," + wtp + ",distance\n0,10,0\n1,ten,0\n");
        assertEquals("inferenceshift: " + posterior + ": line 3, column " + wtp + ": \"ten\" is not a finite number",
                rejected(claims));

        Files.writeString(posterior, "sample," + wtp + ",distance\n");
        assertEquals("inferenceshift: " + posterior + ": no parameter sets below the header (the calibration kept none)",
                rejected(claims));

        Files.writeString(posterior, "sample,population.valueUsdPerMonth,distance\n0,10,0\n");
        String unknown = rejected(claims);
        assertTrue(unknown.startsWith("inferenceshift: " + posterior + ": line 1, column population.valueUsdPerMonth: "
                + "no parameter \"valueUsdPerMonth\" under population"), unknown);

        Files.writeString(posterior, "sample," + wtp + ",distance\n0,10,0\n1,-5,0\n");
        String outOfRange = rejected(claims);
        assertTrue(outOfRange.startsWith("inferenceshift: " + posterior + ": line 3: not a valid world of "), outOfRange);
        assertTrue(outOfRange.contains("valueUsdPerMonthAtMedianIncome"), outOfRange);

        Files.delete(posterior);
        assertEquals("inferenceshift: " + posterior + ": no such file (give the posterior.csv of a calibrate results folder)",
                rejected(claims));
    }

    @Test
    void aFolderNameTooLongForTheFileSystemIsRefusedBeforeTheRun() throws IOException {
        Files.writeString(file, SMALL);
        Path longName = tmp.resolve("a".repeat(201));
        assertEquals("inferenceshift: " + longName + ": cannot create the results folder: its name is 201 bytes long, at most 200"
                        + " can be used (file systems allow 255, and the hidden staging folder adds to the name); choose a shorter --out",
                rejected("run", file.toString(), "--out", longName.toString()));
    }

    @Test
    void aLongScenarioNameStillGivesAUsableDefaultFolder() throws Exception {
        Files.writeString(file, SMALL.replaceFirst("\\{ ", "{ \"name\": \"" + "n".repeat(300) + "\", "));
        Path folder = RunCommand.defaultFolder(org.inferenceshift.scenario.ScenarioLoader.load(file));
        assertTrue(folder.getFileName().toString().startsWith("n".repeat(100) + "-seed"), folder.toString());
        assertTrue(folder.getFileName().toString().length() <= org.inferenceshift.output.AtomicFolder.MAX_NAME_BYTES, folder.toString());
    }

    @Test
    void aResultsFolderFollowsTheUmaskLikeMkdir() throws IOException {
        Files.writeString(file, SMALL);
        Path plain = Files.createDirectory(tmp.resolve("made-by-mkdir"));
        assertEquals(ExitCodes.SUCCESS, cli.run("run", file.toString(), "--out", out.toString(), "--threads", "1"), cli.stderr);
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(out), "not drwx------ whatever the umask");
    }
}
