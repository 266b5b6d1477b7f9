package org.waymark.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/** An open page in Chromium reloads by itself after an edit, and shows a failed build's errors until fixed. */
class LiveReloadBrowserTest {
    @TempDir
    Path tmp;
    Path project;
    Preview preview;
    Browser browser;

    @BeforeEach
    void start() throws IOException {
        Browser.assumeAvailable();
        project = Projects.write(tmp, ServeTest.PROJECT);
        // Quiet long enough that one save (a truncation, then the text) is one build on a busy machine.
        preview = Preview.start(new Preview.Options(project, "127.0.0.1", 0, Duration.ofMillis(700)), o -> {});
        browser = Browser.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) browser.close();
        if (preview != null) preview.close();
    }

    /**
     * Waits on a condition in the page; the limit only ends a hung run, far above any build here.
     * The page may reload between finding an element and reading it (the reload is what the test
     * waits for): that element is then stale, and the condition is asked again.
     */
    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private String h1() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private boolean overlayShown() {
        return !browser.driver().findElements(By.id("waymark-live-overlay")).isEmpty();
    }

    @Test
    void anOpenPageReloadsAfterAnEditAndShowsErrorsUntilTheyAreFixed() throws IOException {
        browser.open("http://127.0.0.1:" + preview.port() + "/guides/a/");
        assertEquals("Page A", h1());
        // the live script connects before the edit, so its reload is what brings the new page
        waitFor(() -> preview.openPages() == 1);
        browser.js("window.waymarkTestMark = 'before';");

        Path a = project.resolve("content/guides/a.md");
        Files.writeString(a, "---\ntitle: Page A, edited\n---\n\nSecond version.\n");
        waitFor(() -> h1().equals("Page A, edited"));
        assertEquals(null, browser.js("return window.waymarkTestMark || null;"), "the page reloaded");

        Files.writeString(a, "---\ntitle: Page A, edited\n---\n\nBroken: [gone](nowhere.md).\n");
        waitFor(this::overlayShown);
        WebElement overlay = browser.driver().findElement(By.id("waymark-live-overlay"));
        String text = overlay.getText();
        assertTrue(text.contains("1 error"), text);
        assertTrue(text.contains("content/guides/a.md:5:9"), text);
        assertTrue(text.contains("link target 'nowhere.md' does not exist"), text);
        assertTrue(text.contains("5 | Broken: [gone](nowhere.md)."), text);
        assertTrue(overlay.isDisplayed());
        assertEquals("Page A, edited", h1(), "the last good page stays under the overlay");
        browser.js("window.waymarkTestMark = 'broken';");

        Files.writeString(a, "---\ntitle: Page A, fixed\n---\n\nFixed.\n");
        waitFor(() -> !overlayShown() && h1().equals("Page A, fixed"));
        assertEquals(null, browser.js("return window.waymarkTestMark || null;"), "the page reloaded");
        assertEquals(List.of(), browser.consoleErrors(), "nothing broke the site's CSP");
    }

    @Test
    void aPageOpenedWhileTheBuildIsBrokenShowsTheErrors() throws IOException {
        Files.writeString(project.resolve("content/guides/b.md"), "---\ntitle: Page B\nsumary: typo\n---\n\nB.\n");
        browser.open("http://127.0.0.1:" + preview.port() + "/guides/b/");
        waitFor(this::overlayShown);
        assertTrue(browser.driver().findElement(By.id("waymark-live-overlay")).getText().contains("content/guides/b.md:3"));
        browser.driver().findElement(By.cssSelector("#waymark-live-overlay .wm-live-close")).click();
        assertTrue(!overlayShown(), "Hide takes the overlay away");
    }
}
