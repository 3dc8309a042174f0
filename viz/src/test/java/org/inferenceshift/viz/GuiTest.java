package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JFrame;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricRow;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

/**
 * The GUI as a researcher uses it, on a real (under CI: virtual, Xvfb) display: MASON's Console driven
 * through its own controls. Skipped only where no display can be had at all.
 */
class GuiTest {
    private GuiDriver driver;

    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run (CI does)");
    }

    @AfterEach
    void closeWindows() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void stepsThroughTheConsoleChartEveryMonthAndShowTheScenarioInTheInspector(@TempDir Path dir) throws Exception {
        Scenario scenario = TestScenarios.smallBaseline(36, TestScenarios.set("capability.returnsAboveWall", 0.37));
        driver = new GuiDriver(scenario, TestScenarios.BASELINE);
        assertEquals("0.37", driver.inspectorValue("ReturnsAboveWall"));
        assertEquals("2000", driver.inspectorValue("Agents"));
        assertEquals("36", driver.inspectorValue("HorizonMonths"));
        assertEquals(Double.toString(scenario.finance().runwayMonths()), driver.inspectorValue("RunwayMonths"));

        driver.startPaused();
        driver.step(6);
        assertEquals(6, driver.gui().state.schedule.getSteps());
        driver.playUntilPausedAt(12);
        assertEquals(12, driver.gui().state.schedule.getSteps());

        List<MetricRow> rows = HeadlessRun.recorderOf(driver.gui().model()).rows();
        for (Metric metric : Metric.values()) {
            XYSeries series = driver.gui().charts().series(metric);
            assertEquals(12, series.getItemCount(), metric.column() + " charts every month run");
            for (int month = 0; month < 12; month++) {
                assertEquals(month, series.getX(month).intValue());
                assertEquals(rows.get(month).value(metric), series.getY(month).doubleValue(), 0.0,
                        metric.column() + " at month " + month + " is the model's number");
            }
        }
        assertEquals(IndustryModelWithUI.SAMPLE_USERS, driver.gui().users().points());
        assertEquals(scenario.labs().stream().map(l -> l.id()).toList(),
                driver.gui().labsTable().rows().stream().map(LabRow::id).toList());

        driver.doubleClickLab(2);
        assertEquals(scenario.labs().get(2).id(), driver.labInspectorValue("Id"), "double-click inspects that lab");
        assertEquals(Formats.usd(driver.gui().model().labs().get(2).finance().getCashUsd()), // paused: the model is still
                driver.labInspectorValue("Cash"));

        driver.showTab("Model");
        driver.showSection("Capability");
        BufferedImage shot = driver.screenshot(dir.resolve("gui.png"));
        Files.copy(dir.resolve("gui.png"), Path.of("target", "gui-test.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        JFrame charts = driver.gui().frames().get(0);
        assertTrue(distinctColours(shot, charts.getBounds()) > 50,
                "the charts window on screen shows drawn charts, not a blank frame");

        // File > Save writes this checkpoint, File > Open reads it back (what the Console's menu items call)
        File checkpoint = dir.resolve("month12.checkpoint").toFile();
        driver.gui().state.writeToCheckpoint(checkpoint);
        driver.step(4);
        assertEquals(16, driver.gui().charts().series(Metric.HHI_REVENUE).getItemCount());
        assertEquals(Formats.usd(driver.gui().model().labs().get(2).finance().getCashUsd()),
                driver.labInspectorValue("Cash"), "the lab inspector follows the run");
        GuiDriver.onSwing(() -> {
            try {
                assertTrue(driver.gui().readNewStateFromCheckpoint(checkpoint));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        GuiDriver.flushSwing();
        assertEquals(12, driver.gui().state.schedule.getSteps());
        assertEquals(12, driver.gui().charts().series(Metric.HHI_REVENUE).getItemCount(), "charts redrawn from the checkpoint");
        driver.step(2);
        assertEquals(14, driver.gui().charts().series(Metric.HHI_REVENUE).getItemCount(), "and they follow the resumed run");
    }

    @Test
    void anInspectorEditChangesTheNextRunAndNothingElse(@TempDir Path dir) throws Exception {
        Scenario scenario = TestScenarios.smallBaseline(24, Map.of());
        driver = new GuiDriver(scenario, TestScenarios.BASELINE);

        driver.playToEnd();
        RunResult unedited = driver.gui().currentResult();
        Path first = TestScenarios.write(unedited, dir.resolve("first"));
        driver.playToEnd();
        Path again = TestScenarios.write(driver.gui().currentResult(), dir.resolve("again"));
        TestScenarios.assertSameFiles(first, again, "re-running with no edit and the same seed repeats the run exactly");

        double value = scenario.population().valueUsdPerMonthAtMedianIncome();
        double sigma = scenario.population().incomeSigma();
        driver.showTab("Model");
        driver.typeInto("ValueUsdPerMonthAtMedianIncome", Double.toString(10 * value));
        assertEquals(Double.toString(10 * value), driver.inspectorValue("ValueUsdPerMonthAtMedianIncome"));
        assertTrue(driver.gui().parametersInspector().statusText()
                .contains("population.valueUsdPerMonthAtMedianIncome: " + value + " \u2192 " + 10 * value),
                driver.gui().parametersInspector().statusText());
        assertEquals(value, driver.gui().model().scenario().population().valueUsdPerMonthAtMedianIncome(),
                "the finished run keeps the scenario it ran");

        driver.typeInto("IncomeSigma", "7");
        assertEquals(Double.toString(sigma), driver.inspectorValue("IncomeSigma"), "an out-of-range value does not stand");
        assertTrue(driver.gui().parametersInspector().statusText()
                .contains("Refused: inspector: $.population.incomeSigma: must be in [0, 3], got 7"),
                driver.gui().parametersInspector().statusText());

        driver.playToEnd();
        RunResult edited = driver.gui().currentResult();
        Path third = TestScenarios.write(edited, dir.resolve("edited"));
        assertEquals(10 * value, edited.scenario().population().valueUsdPerMonthAtMedianIncome());
        assertEquals(sigma, edited.scenario().population().incomeSigma());
        assertNotEquals(Files.readString(first.resolve("timeseries.csv")), Files.readString(third.resolve("timeseries.csv")));
        // Ten times the value of AI work: a subscription is worth more to every user (utility p - price/V
        // rises at any price), so fewer people are left without paid access, month after month.
        for (int month = 0; month < 24; month++) {
            assertTrue(edited.at(month, Metric.NO_PAID_ACCESS_SHARE) < unedited.at(month, Metric.NO_PAID_ACCESS_SHARE),
                    "month " + month + ", no paid access: " + edited.at(month, Metric.NO_PAID_ACCESS_SHARE)
                            + " with V x10 vs " + unedited.at(month, Metric.NO_PAID_ACCESS_SHARE));
        }
    }

    @Test
    void loadingAScenarioFromTheGuiOpensItAndABadOneChangesNothing(@TempDir Path dir) throws Exception {
        driver = new GuiDriver(TestScenarios.smallBaseline(12, Map.of()), TestScenarios.BASELINE);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"capability\": {\"returnsAboveWall\": 1.5}, \"labs\": [{\"id\": \"x\"}]}");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioMenu.openScenario(driver.console(), bad));
        assertEquals(bad + ": $.capability.returnsAboveWall: must be in [0, 1], got 1.5", e.getMessage());
        assertTrue(driver.console().isDisplayable(), "the open Console stays");

        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"name\": \"tiny\", \"seed\": 777, \"horizonMonths\": 6,"
                + " \"population\": {\"agents\": 1000}, \"entry\": {\"entrantsPerYear\": 0},"
                + " \"labs\": [{\"id\": \"solo\", \"initialUserShare\": 0.1}]}");
        Console[] opened = new Console[1];
        GuiDriver.onSwing(() -> {
            try {
                opened[0] = ScenarioMenu.openScenario(driver.console(), good);
            } catch (ScenarioException ex) {
                throw new AssertionError(ex);
            }
        });
        Console old = driver.console();
        driver.adopt(opened[0]);
        GuiDriver.flushSwing();
        assertFalse(old.isDisplayable(), "the previous Console is closed");
        assertEquals(777, driver.gui().state.seed(), "the Console's seed is the scenario's");
        assertEquals("1000", driver.inspectorValue("Agents"));
        driver.startPaused();
        driver.step(3);
        assertEquals(List.of("solo"), driver.gui().labsTable().rows().stream().map(LabRow::id).toList());
    }

    private static int distinctColours(BufferedImage image, Rectangle area) {
        Set<Integer> colours = new HashSet<>();
        Rectangle r = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        for (int y = r.y; y < r.y + r.height; y += 2) {
            for (int x = r.x; x < r.x + r.width; x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
