package org.waymark.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver (nothing is downloaded).
 * Flags keep it from reaching for the network, which this machine does not have.
 */
public final class Browser implements AutoCloseable {
    /**
     * The most any wait for a condition in the browser may take. A wait ends as soon as its
     * condition holds; this ceiling only stops a hung browser, so it is set for a slow, busy
     * 2-core machine, where one step was seen to take seconds, not for a quiet one.
     */
    public static final java.time.Duration PATIENCE = java.time.Duration.ofMinutes(2);

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /**
     * Skips a browser test where Chromium is not installed, except where it must run
     * ({@code WAYMARK_REQUIRE_BROWSER}, set by .ci/run): there a missing browser fails.
     */
    public static void assumeAvailable() {
        if (System.getenv("WAYMARK_REQUIRE_BROWSER") != null && !available()) {
            throw new AssertionError("Chromium and chromedriver are required here: " + CHROMIUM + ", " + DRIVER);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), "Chromium and chromedriver are not installed");
    }

    public static Browser start() {
        return start(false);
    }

    public static Browser start(boolean javascriptDisabled) {
        System.setProperty("webdriver.chrome.silentOutput", "true");
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--allow-file-access-from-files", "--window-size=1200,900");
        if (javascriptDisabled) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Chromium leaves its singleton socket's folder behind in the temp folder at each quit:
        // it goes in a scratch folder of ours, removed when the tests end.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withEnvironment(java.util.Map.of("TMPDIR", Scratch.dir("wm-chromium").toString()))
                .withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        return new Browser(driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(Path file) {
        open(file.toUri().toString());
    }

    /**
     * Opens {@code url} as a new document and returns once it has fully loaded. Not for a URL that
     * differs from the current one only in its fragment: that keeps the document, and its mark.
     */
    public void open(String url) {
        // ChromeDriver can return from get() before the new document has replaced the old one
        // (seen on a loaded machine: a page read with no style sheet applied, the old blank page's;
        // and a host page read with none of its iframes yet). The old document is marked first;
        // the new one, fully loaded, has no mark.
        js("window.waymarkOldDocument = true");
        driver.get(url);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(js(
                "return window.waymarkOldDocument !== true && document.readyState === 'complete'")));
    }

    /** Console messages at SEVERE level (errors, CSP violations) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Makes the page's viewport exactly {@code width} CSS pixels wide (the window's frame differs by platform). */
    public void viewport(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        long inner = ((Number) js("return window.innerWidth")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension((int) (2L * width - inner), height));
        if (((Number) js("return window.innerWidth")).longValue() != width) {
            throw new AssertionError("could not make the viewport " + width + " px wide");
        }
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
