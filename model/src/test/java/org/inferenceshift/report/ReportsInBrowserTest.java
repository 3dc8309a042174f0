package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.inferenceshift.cli.CliHarness;
import org.inferenceshift.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The run, claims and validate reports as a reader gets them: each {@code report.html} opened in headless
 * Chromium (Debian's chromium and chromium-driver; CI installs them), which must show every image, log no
 * console error, and resolve every contents link to a section. Skipped, saying why, where no browser is
 * installed. The reports are made small (a short run, two seeds, a few hundred users): the browser judges
 * the page, not the numbers.
 */
class ReportsInBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static final Path SCENARIOS = Path.of("..", "scenarios");

    @TempDir
    static Path tmp;

    private static ChromeDriver browser;
    /** Kept so the setting holds: Selenium warns that it has no DevTools binding for this Chromium, which no check here uses. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void makeReportsAndOpenABrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no headless browser: install Debian's chromium and chromium-driver (apt-get install -y chromium "
                        + "chromium-driver; .ci/run does) to check the HTML reports in a browser; looked for " + CHROMIUM
                        + " and " + CHROMEDRIVER);
        make("run", SCENARIOS.resolve("baseline.json").toString(), "--users", "2000", "--set", "horizonMonths=24",
                "--threads", "2", "--out", tmp.resolve("run").toString());
        make("validate", "--quick", "--experiment", SCENARIOS.resolve("experiments").resolve("validation-quick.json").toString(),
                "--threads", "2", "--out", tmp.resolve("validate").toString());
        make("claims", "--scenarios", SCENARIOS.toString(), "--seeds", "2", "--worlds", "2", "--users", "300",
                "--threads", "2", "--out", tmp.resolve("claims").toString());

        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags that start Chromium on a machine without a sandbox, GPU or outside network, from a fresh profile
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    private static void make(String... args) {
        CliHarness cli = new CliHarness();
        assertEquals(ExitCodes.SUCCESS, cli.run(args), String.join(" ", args) + ": " + cli.stderr);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "claims"})
    void theReportRendersWithEveryImageAndNoConsoleError(String command) {
        File report = tmp.resolve(command).resolve("report.html").toFile();
        assertTrue(report.isFile(), report + " written");
        browser.get(report.toURI().toString());
        JavascriptExecutor js = browser;

        long images = (Long) js.executeScript("return document.images.length;");
        assertTrue(images > 0, command + " report shows no image");
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) js.executeScript("return Array.from(document.images)"
                + ".filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt);");
        assertEquals(List.of(), broken, command + " report: images the browser could not draw");

        @SuppressWarnings("unchecked")
        List<String> dangling = (List<String>) js.executeScript("return Array.from(document.querySelectorAll('a[href^=\"#\"]'))"
                + ".map(a => a.getAttribute('href').substring(1)).filter(id => !document.getElementById(id));");
        assertEquals(List.of(), dangling, command + " report: links to no section");
        long contents = (Long) js.executeScript("return document.querySelectorAll('nav.toc a').length;");
        assertTrue(contents >= 2, command + " report has a table of contents");

        String text = (String) js.executeScript("return document.body.innerText;");
        assertTrue(!text.contains("**") && !text.contains("`"), command + " report shows Markdown marks");

        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, command + " report: console errors and warnings");
    }
}
