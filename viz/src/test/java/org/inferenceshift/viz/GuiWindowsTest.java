package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.inferenceshift.cli.ScenarioOptions;
import org.inferenceshift.metrics.Metric;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sim.display.Console;
import sim.util.gui.PropertyField;

/** The GUI's windows as a reader meets them: charts after a checkpoint, inspectors, menus, loading a scenario. */
class GuiWindowsTest {
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
    void aCheckpointOpenedInTheGuiRedrawsEveryChartAsItWasSaved(@TempDir Path dir) throws Exception {
        driver = new GuiDriver(TestScenarios.smallBaseline(24, Map.of()), TestScenarios.BASELINE);
        driver.startPaused();
        driver.step(12);
        Map<Metric, double[][]> saved = new EnumMap<>(Metric.class);
        GuiDriver.onSwing(() -> {
            for (Metric metric : Metric.values()) {
                saved.put(metric, driver.gui().charts().series(metric).toArray());
            }
        });
        File checkpoint = dir.resolve("month12.checkpoint").toFile();
        driver.gui().state.writeToCheckpoint(checkpoint);
        driver.step(6);
        GuiDriver.onSwing(() -> driver.gui().charts().views().forEach(v -> v.plot().getDomainAxis().setRange(15, 17))); // a zoom

        GuiDriver.onSwing(() -> {
            try {
                assertTrue(driver.gui().readNewStateFromCheckpoint(checkpoint));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        GuiDriver.flushSwing();
        GuiDriver.onSwing(() -> {
            for (Metric metric : Metric.values()) {
                double[][] now = driver.gui().charts().series(metric).toArray();
                assertArrayEquals(saved.get(metric)[0], now[0], metric.column() + ": months after opening");
                assertArrayEquals(saved.get(metric)[1], now[1], metric.column() + ": values after opening");
            }
            for (MetricCharts.View view : driver.gui().charts().views()) {
                XYPlot plot = view.plot();
                Range months = plot.getDomainAxis().getRange();
                assertTrue(months.getLowerBound() <= 0 && months.getUpperBound() >= 11,
                        view.set().title() + ": the time axis shows the opened months, not the stale zoom: " + months);
                Range values = plot.getRangeAxis().getRange();
                for (Metric metric : view.set().metrics()) {
                    XYSeries s = driver.gui().charts().series(metric);
                    for (int i = 0; i < s.getItemCount(); i++) {
                        double y = s.getY(i).doubleValue();
                        assertTrue(!Double.isFinite(y) || values.contains(y),
                                view.set().title() + ": " + y + " is off its axis " + values);
                    }
                }
            }
        });
    }

    @Test
    void theLabInspectorShowsReadOnlyTablesWithUnits() throws Exception {
        driver = new GuiDriver(TestScenarios.smallBaseline(12, Map.of()), TestScenarios.BASELINE);
        driver.startPaused();
        driver.step(3);
        driver.doubleClickLab(0);
        LabInspector inspector = driver.labInspector();
        assertNotNull(inspector);
        GuiDriver.onSwing(() -> {
            List<Component> all = new ArrayList<>();
            collect(inspector, all);
            assertFalse(all.stream().anyMatch(c -> c instanceof PropertyField || c instanceof JTextComponent t && t.isEditable()),
                    "nothing to type into");
            for (Component c : all) {
                if (c instanceof JTable table) {
                    for (int r = 0; r < table.getRowCount(); r++) {
                        for (int col = 0; col < table.getColumnCount(); col++) {
                            assertFalse(table.isCellEditable(r, col), "an editable cell");
                        }
                    }
                }
            }
            assertEquals(5, inspector.budgetTable().rows().size(), "pre-training, post-training, serving, IDA, synthetic data");
            assertEquals(driver.gui().model().labs().get(0).menu().tiers().size(), inspector.tiersTable().rows().size());
        });
        assertTrue(driver.labInspectorValue("Cash").startsWith("$"), driver.labInspectorValue("Cash"));
        assertTrue(driver.labInspectorValue("Serving capacity").endsWith(" FLOP/month"), driver.labInspectorValue("Serving capacity"));
        assertFalse(driver.labInspectorValue("Serving capacity").contains("E2"), "no raw double");
    }

    @Test
    void theConsoleShowsSmallValuesWhole() throws Exception {
        driver = new GuiDriver(TestScenarios.smallBaseline(12, TestScenarios.set("choice.awarenessFloor", 0.05)), TestScenarios.BASELINE);
        driver.showTab("Model");
        driver.showSection("Choice");
        PropertyField field = driver.inspectorField("AwarenessFloor");
        GuiDriver.onSwing(() -> {
            javax.swing.JTextField text = field.getField();
            assertEquals("0.05", text.getText());
            int needed = text.getFontMetrics(text.getFont()).stringWidth(text.getText()) + text.getInsets().left + text.getInsets().right;
            assertTrue(needed <= text.getWidth(), "the field is " + text.getWidth() + " px, the value needs " + needed);
        });
    }

    @Test
    void theFileMenuSaysWhatItSavesAndOpens() throws Exception {
        driver = new GuiDriver(TestScenarios.smallBaseline(12, Map.of()), TestScenarios.BASELINE);
        List<String> items = new ArrayList<>();
        GuiDriver.onSwing(() -> {
            JMenu file = driver.console().getJMenuBar().getMenu(0);
            for (int i = 0; i < file.getItemCount(); i++) {
                if (file.getItem(i) != null) {
                    items.add(file.getItem(i).getText());
                }
            }
        });
        assertTrue(items.containsAll(List.of("Load Scenario...", "Save Results...", "Save Checkpoint",
                "Save Checkpoint As...", "Open Checkpoint...")), items.toString());
        assertFalse(items.contains("Save") || items.contains("Open..."), items.toString());
    }

    @Test
    void loadingAScenarioKeepsTheCommandLineOverrides(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"name\": \"tiny\", \"seed\": 777, \"horizonMonths\": 6,"
                + " \"population\": {\"agents\": 1000}, \"labs\": [{\"id\": \"solo\", \"initialUserShare\": 0.1}]}");
        ScenarioOptions options = new ScenarioOptions();
        new CommandLine(options).parseArgs(TestScenarios.BASELINE.toString(), "--users", "1500", "--set", "horizonMonths=12");
        ScenarioReader reader = ScenarioReader.of(options);
        driver = new GuiDriver(reader.read(TestScenarios.BASELINE), TestScenarios.BASELINE, reader);
        assertEquals(List.of("--set horizonMonths=12", "--users 1500"), reader.overrides());
        AtomicReference<Console> opened = new AtomicReference<>();
        GuiDriver.onSwing(() -> {
            try {
                opened.set(ScenarioMenu.openScenario(driver.console(), good));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        driver.adopt(opened.get());
        GuiDriver.flushSwing();
        assertEquals(1500, driver.gui().model().nextScenario().population().agents(), "--users still applies");
        assertEquals(12, driver.gui().model().nextScenario().horizonMonths(), "--set still applies");
        assertEquals("tiny", driver.gui().model().nextScenario().name());
    }

    @Test
    void theRegulatorsTableStandsBesideTheLabsAndSaysWhomItCovers() throws Exception {
        Path file = Path.of("..", "scenarios", "policy-training-threshold.json");
        driver = new GuiDriver(org.inferenceshift.scenario.ScenarioLoader.load(file,
                Map.of("population.agents", com.fasterxml.jackson.databind.node.LongNode.valueOf(2000))), file);
        driver.startPaused();
        driver.step(2);
        AtomicReference<List<List<String>>> rows = new AtomicReference<>();
        GuiDriver.onSwing(() -> rows.set(driver.gui().regulatorsTable().rowsShown()));
        var spec = driver.gui().model().scenario().regulators().get(0);
        assertEquals(spec.id(), rows.get().get(0).get(0));
        assertEquals("training threshold", rows.get().get(0).get(2));
        assertEquals(Formats.significant(spec.thresholdFlop()) + " FLOP", rows.get().get(0).get(3));
    }

    @Test
    void doubleClickingAChartOpensItFullSizeInAWindowTheDisplaysTabLists() throws Exception {
        driver = new GuiDriver(TestScenarios.smallBaseline(12, Map.of()), TestScenarios.BASELINE);
        driver.startPaused();
        driver.step(12);
        JFrame window = driver.openChart(Metric.FLOP_PER_USD, null);
        GuiDriver.onSwing(() -> {
            assertTrue(window.isVisible());
            assertEquals(ChartsWindow.CHART_WINDOW.width, window.getWidth());
            assertTrue(window.getTitle().startsWith("FLOP per dollar"), window.getTitle());
            assertTrue(driver.console().getAllFrames().contains(window), "listed in the Console's Displays tab");
        });
        assertEquals(window, driver.openChart(Metric.FLOP_PER_USD, null), "a second double-click brings the same window back");
    }

    private static void collect(Component c, List<Component> out) {
        out.add(c);
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }
}
