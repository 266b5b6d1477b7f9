package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.cli.Main;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * {@code waymark export --single-file}: each file works opened from disk with no other file
 * beside it, under its own CSP of hashes (a blocked inline script or style would be a console
 * error, and the wizard would not start).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleFileExportBrowserTest {
    Path exported;
    Browser browser;
    WebDriver driver;

    @BeforeAll
    void exportAndStart(@TempDir Path out) {
        Browser.assumeAvailable();
        exported = out.resolve("export");
        assertEquals(Main.OK, Main.execute("export", Projects.repo().toString(), "--single-file", "--out", exported.toString()));
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
    }

    /** Copies one exported file into a folder of its own, so nothing else is there to load. */
    private Path alone(String name, Path dir) throws IOException {
        Path copy = dir.resolve("only.html");
        Files.copy(exported.resolve(name), copy);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(copy), files.toList());
        }
        return copy;
    }

    @Test
    void theWizardWalksToAnOutcomeFromASingleFileOnDisk(@TempDir Path dir) throws IOException {
        Path file = alone("decisions/should-we-fine-tune.html", dir);
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("script-src 'sha256-"), csp);
        assertTrue(doc.select("script[src], link[rel=stylesheet], img[src^=../], header.site-header, .has-sidebar, .embed-snippet").isEmpty(),
                "nothing refers to another file, and the site's header is gone");
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#") || href.matches("^[a-z]+:.*"), "a link out of the file: " + href);
        }

        driver.get(file.toUri().toString());
        waitFor(() -> !driver.findElements(By.cssSelector(".wizard-app")).isEmpty());
        // the theme's stylesheet applies from inside the file
        assertEquals("grid", browser.js("return getComputedStyle(document.querySelector('.wizard-options')).display"));
        choose("It should stop making things up");
        choose("A mixture of all of these");
        assertEquals("Validate outputs and ground them with tools and retrieval", heading());
        assertTrue(driver.getCurrentUrl().endsWith("#answers=goal:hallucination-kind/hallucination-kind:validate-and-ground.2"),
                driver.getCurrentUrl());
        assertEquals(1, driver.findElements(By.cssSelector(".flowchart-frame svg")).size(), "the flowchart is inside");
        // the link to this result is this very file
        browser.js("window.copiedText = null; navigator.clipboard.writeText = function (t) {"
                + " window.copiedText = t; return Promise.resolve(); };");
        driver.findElement(By.cssSelector(".wizard-result-link")).click();
        waitFor(() -> browser.js("return window.copiedText") != null);
        assertEquals(driver.getCurrentUrl(), browser.js("return window.copiedText"));
        assertTrue(driver.getCurrentUrl().startsWith(file.toUri().toString() + "#"), driver.getCurrentUrl());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theChecklistTicksAndCountsFromASingleFileOnDisk(@TempDir Path dir) throws IOException {
        Path file = alone("checklists/fine-tuning-pipeline.html", dir);
        driver.get(file.toUri().toString());
        waitFor(() -> !driver.findElement(By.cssSelector("[data-progress-text]")).getText().isEmpty());
        String before = driver.findElement(By.cssSelector("[data-progress-text]")).getText();
        driver.findElements(By.cssSelector("input.item-box")).get(0).click();
        waitFor(() -> !driver.findElement(By.cssSelector("[data-progress-text]")).getText().equals(before));
        assertTrue(driver.findElement(By.cssSelector("[data-progress-text]")).getText().startsWith("1 of"),
                driver.findElement(By.cssSelector("[data-progress-text]")).getText());
        // the theme's stylesheet applies: the item boxes are laid out by it, not by browser defaults
        assertEquals("flex", browser.js("return getComputedStyle(document.querySelector('.item-row')).display"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private void waitFor(java.util.function.BooleanSupplier ok) {
        new WebDriverWait(driver, Browser.PATIENCE).until(d -> ok.getAsBoolean());
    }

    private String heading() {
        return driver.findElement(By.cssSelector(".wizard-stage .node-title")).getText();
    }

    private void choose(String label) {
        String before = heading();
        driver.findElements(By.cssSelector(".wizard-options .option")).stream()
                .filter(b -> b.findElement(By.cssSelector(".option-label")).getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option '" + label + "'")).click();
        waitFor(() -> !heading().equals(before));
    }
}
