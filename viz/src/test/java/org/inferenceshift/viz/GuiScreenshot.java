package org.inferenceshift.viz;

import java.nio.file.Path;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Makes the README screenshot: opens a scenario, runs it through the Console for some months, shows the
 * model inspector and captures the screen. Usage (from the repository root, after {@code mvn package}):
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp viz/target/test-classes:viz/target/inferenceshift-viz.jar:'viz/target/lib/*' \
 *     org.inferenceshift.viz.GuiScreenshot scenarios/baseline.json 60 docs/gui.png
 * </pre>
 */
public final class GuiScreenshot {
    private GuiScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int months = Integer.parseInt(args[1]);
        Path png = Path.of(args[2]);
        Scenario scenario = ScenarioLoader.load(file);
        GuiDriver driver = new GuiDriver(scenario, file);
        driver.startPaused();
        driver.step(months);
        driver.showTab("Model");
        driver.showSection("Capability");
        driver.screenshot(png);
        System.out.println("Wrote " + png);
        System.exit(0);
    }
}
