package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.cli.ExitCodes;
import org.inferenceshift.cli.Main;
import org.inferenceshift.metrics.MetricGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default scenario run from the command line, as a user runs it, and what it leaves in its results folder. */
class RunReportTest {
    private static final List<String> CHARTS = List.of("concentration.png", "access.png", "prices.png",
            "compute.png", "frontier.png", "training_routes.png", "api.png", "regulation.png", "labs.png");

    @TempDir
    static Path tmp;
    private static Path run;

    @BeforeAll
    static void runDefaultScenario() {
        run = tmp.resolve("run");
        int code = Main.execute("run", TestScenarios.BASELINE.toString(), "--out", run.toString(), "--threads", "2");
        assertEquals(ExitCodes.SUCCESS, code);
    }

    @Test
    void writesOneChartPerMetricGroupWithMetricsPlusLabs() {
        for (MetricGroup group : MetricGroup.values()) {
            Path chart = run.resolve(RunReport.CHARTS_FOLDER).resolve(RunFigures.fileName(group));
            boolean hasMetrics = java.util.Arrays.stream(org.inferenceshift.metrics.Metric.values())
                    .anyMatch(m -> m.group() == group);
            assertEquals(hasMetrics, Files.exists(chart), chart.toString());
        }
        for (String chart : CHARTS) {
            assertTrue(Files.isRegularFile(run.resolve("charts").resolve(chart)), chart);
        }
    }

    @Test
    void chartsDecodeAsPngsOfAReadableSizeWithRealContent() throws IOException {
        for (String name : CHARTS) {
            BufferedImage image = ImageIO.read(run.resolve("charts").resolve(name).toFile());
            assertTrue(image != null, name + " is not a PNG ImageIO can decode");
            assertTrue(image.getWidth() >= 1000 && image.getWidth() <= 3000, name + " width " + image.getWidth());
            assertTrue(image.getHeight() >= 400 && image.getHeight() <= 3000, name + " height " + image.getHeight());
            Set<Integer> colours = new HashSet<>();
            long nonWhite = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    nonWhite += rgb == 0xFFFFFF ? 0 : 1;
                }
            }
            assertTrue(colours.size() > 20, name + " has only " + colours.size() + " colours");
            assertTrue(nonWhite > image.getWidth() * image.getHeight() / 4 / 50,
                    name + " is almost blank: " + nonWhite + " sampled non-white pixels");
        }
    }

    @Test
    void htmlReportIsSelfContainedWithEveryChartEmbedded() throws IOException {
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("src=\"charts/"), "report.html must not depend on files beside it");
        Matcher embedded = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        List<byte[]> images = new ArrayList<>();
        while (embedded.find()) {
            images.add(Base64.getDecoder().decode(embedded.group(1)));
        }
        assertEquals(CHARTS.size(), images.size());
        for (int i = 0; i < CHARTS.size(); i++) {
            byte[] onDisk = Files.readAllBytes(run.resolve("charts").resolve(CHARTS.get(i)));
            assertArrayEquals(onDisk, images.get(i), CHARTS.get(i) + " embedded differs from the file");
        }
        assertTrue(html.contains("hhi_revenue") && html.contains("max_internal_E") && html.contains("Highlights"));
    }

    @Test
    void markdownReportLinksChartsThatExist() throws IOException {
        String md = Files.readString(run.resolve("report.md"));
        Matcher link = Pattern.compile("!\\[[^]]*]\\((charts/[a-z_]+\\.png)\\)").matcher(md);
        int links = 0;
        while (link.find()) {
            assertTrue(Files.exists(run.resolve(link.group(1))), link.group(1));
            links++;
        }
        assertEquals(CHARTS.size(), links);
        assertTrue(md.contains("| `gini_access` |"));
    }

    @Test
    void modelsCsvHasOneRowPerModelTrained() throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("models.csv"));
        assertTrue(lines.get(0).startsWith("model_id,lab_id,"));
        assertTrue(lines.size() > 1 + TestScenarios.baseline(1_000, 12).labs().size(),
                "the opening roster plus models trained during the run");
    }

    @Test
    void resultsAreByteIdenticalWhateverTheThreadCount() throws IOException {
        Path serial = tmp.resolve("serial");
        assertEquals(ExitCodes.SUCCESS,
                Main.execute("run", TestScenarios.BASELINE.toString(), "--out", serial.toString(), "--threads", "1"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(run)) {
            files = walk.filter(Files::isRegularFile).map(run::relativize).sorted().toList();
        }
        assertTrue(files.contains(Path.of("report.html")) && files.contains(Path.of("charts", "labs.png")));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(run.resolve(file)), Files.readAllBytes(serial.resolve(file)),
                    file + " differs between 1 and 2 threads");
        }
    }
}
