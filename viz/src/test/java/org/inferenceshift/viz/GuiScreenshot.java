package org.inferenceshift.viz;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Makes the screenshots of README.md and docs/GUI.md: opens a scenario, runs it through the Console for some
 * months, then captures the whole screen, the chart picker, two charts opened full size, the Console's
 * Choice parameters (values such as 0.05 that a narrower Console clipped), the first regulator's parameters
 * when the scenario has regulators, and a lab inspector. Usage (from the
 * repository root, after {@code mvn package}):
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp viz/target/test-classes:viz/target/inferenceshift-viz.jar:'viz/target/lib/*' \
 *     org.inferenceshift.viz.GuiScreenshot scenarios/baseline.json 60 docs
 * </pre>
 */
public final class GuiScreenshot {
    private GuiScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int months = Integer.parseInt(args[1]);
        Path folder = Files.createDirectories(Path.of(args[2]));
        Scenario scenario = ScenarioLoader.load(file);
        GuiDriver driver = new GuiDriver(scenario, file);
        driver.startPaused();
        driver.step(months);
        driver.showTab("Model");
        driver.showSection("Capability");
        driver.showChartTab(MetricGroup.FRONTIER.title());
        save(driver.screenshot(folder.resolve("gui.png")), null, folder.resolve("gui.png"));

        JFrame picker = driver.gui().chartsWindow().frame();
        save(driver.screenshot(), picker.getBounds(), folder.resolve("gui-chart-picker.png"));

        Rectangle fullSize = new Rectangle(100, 60, ChartsWindow.CHART_WINDOW.width, ChartsWindow.CHART_WINDOW.height);
        for (Metric metric : new Metric[] {Metric.MAX_DEPLOYED_E, Metric.FLOP_PER_USD}) {
            JFrame chart = driver.openChart(metric, fullSize);
            save(driver.screenshot(), chart.getBounds(), folder.resolve("gui-chart-" + metric.column() + ".png"));
            GuiDriver.onSwing(() -> chart.setVisible(false));
        }

        driver.showSection("Choice");
        save(driver.screenshot(), driver.console().getBounds(), folder.resolve("gui-console.png"));

        if (!scenario.regulators().isEmpty()) {
            // docs/GUI.md shows a regulator's parameters from a scenario that has one
            driver.showSection("Regulator " + scenario.regulators().get(0).id());
            save(driver.screenshot(), driver.console().getBounds(), folder.resolve("gui-regulator.png"));
        }

        driver.doubleClickLab(0);
        driver.showTab("Inspectors");
        save(driver.screenshot(), driver.console().getBounds(), folder.resolve("gui-lab-inspector.png"));
        System.out.println("Wrote the screenshots to " + folder);
        System.exit(0);
    }

    private static void save(BufferedImage screen, Rectangle area, Path png) throws Exception {
        BufferedImage image = area == null ? screen : screen.getSubimage(area.x, area.y,
                Math.min(area.width, screen.getWidth() - area.x), Math.min(area.height, screen.getHeight() - area.y));
        ImageIO.write(image, "png", png.toFile());
    }
}
