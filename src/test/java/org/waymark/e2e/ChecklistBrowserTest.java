package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;
import org.waymark.testing.Scratch;

/**
 * assets/checklist.js in headless Chromium, on the default site opened from disk (file://):
 * ticks survive a reload, progress follows, reset clears, copy holds the ticks, two tabs and
 * an embedded copy stay in step, bad saved data is ignored, and a page that may not use
 * storage still ticks. No test may leave an error on the console.
 */
class ChecklistBrowserTest {
    static final String PIPELINE = "checklists/fine-tuning-pipeline/index.html";
    static final String KEY = "waymark.checklist:Should we fine-tune?:fine-tuning-pipeline";

    static Path site;
    static Browser browser;

    @BeforeAll
    static void buildAndStart() throws IOException {
        Browser.assumeAvailable();
        site = Scratch.dir("wm-checklist-e2e").resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void freshStorage() {
        open(PIPELINE);
        browser.js("localStorage.clear()");
        browser.driver().navigate().refresh();
        browser.consoleErrors();
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aTickSurvivesAReloadAndMovesTheProgress() {
        assertEquals("0 of 7 done", progress());
        tick("clean-dataset");
        assertEquals("1 of 7 done", progress());
        tick("version-dataset");
        assertEquals("1 of 7 done", progress(), "an optional item does not count");
        browser.driver().navigate().refresh();
        assertTrue(box("clean-dataset").isSelected());
        assertTrue(box("version-dataset").isSelected());
        assertFalse(box("hold-out-test-set").isSelected());
        assertEquals("1 of 7 done", progress());
        assertEquals("1", browser.js("return document.querySelector('[data-progress]').value.toString()"));
    }

    @Test
    void theWholeRowIsTheTarget() {
        driver().findElement(By.cssSelector("#hold-out-test-set .item-row")).click();
        assertTrue(box("hold-out-test-set").isSelected());
    }

    @Test
    void tickingEveryRequiredItemSaysAllDone() {
        for (WebElement li : driver().findElements(By.cssSelector("[data-item]:not([data-optional])"))) {
            li.findElement(By.cssSelector(".item-text")).click();
        }
        assertTrue(progress().startsWith("All done"), progress());
        assertTrue(driver().findElement(By.cssSelector("[data-checklist]")).getAttribute("class").contains("is-complete"));
    }

    @Test
    void resetAsksThenClearsEveryTick() {
        tick("clean-dataset");
        tick("baseline-eval");
        click("[data-reset]");
        assertTrue(driver().findElement(By.cssSelector("[data-confirm]")).isDisplayed());
        click("[data-reset-no]");
        assertEquals("2 of 7 done", progress(), "cancel keeps the ticks");
        click("[data-reset]");
        click("[data-reset-yes]");
        assertEquals("0 of 7 done", progress());
        assertNull(browser.js("return localStorage.getItem(arguments[0])", KEY));
        browser.driver().navigate().refresh();
        assertFalse(box("clean-dataset").isSelected());
    }

    /** The clipboard is stubbed so the test reads exactly what the button hands to it. */
    @Test
    void copyAsMarkdownHoldsTheTicks() {
        tick("clean-dataset");
        browser.js("window.__copied = null; navigator.clipboard.writeText = function (t) {"
                + " window.__copied = t; return Promise.resolve(); };");
        click("[data-copy]");
        new WebDriverWait(driver(), Browser.PATIENCE).until(d -> browser.js("return window.__copied") != null);
        String md = (String) browser.js("return window.__copied");
        assertTrue(md.startsWith("# The fine-tuning pipeline\n"), md);
        assertTrue(md.contains("## Data\n"), md);
        assertTrue(md.contains("- [x] Build a clean dataset of input-output pairs in the format production will use\n"), md);
        assertTrue(md.contains("- [ ] Version the dataset so the same run can be repeated later _(optional)_\n"), md);
        assertTrue(md.contains("- [ ] Hold out a test set, and never train on it\n"), md);
        assertEquals(md, browser.js("return document.querySelector('[data-copy-text]').value"));
    }

    @Test
    void twoTabsStayInStep() {
        String first = driver().getWindowHandle();
        driver().switchTo().newWindow(WindowType.TAB);
        open(PIPELINE);
        tick("baseline-eval");
        driver().close();
        driver().switchTo().window(first);
        new WebDriverWait(driver(), Browser.PATIENCE).until(d -> box("baseline-eval").isSelected());
        assertEquals("1 of 7 done", progress());
    }

    @Test
    void anEmbeddedCopySharesTheSavedTicks() {
        open("checklists/before-you-fine-tune/index.html");
        String id = driver().findElement(By.cssSelector("[data-item]")).getAttribute("data-item");
        tick(id);
        open("guides/evals-first/index.html");
        WebElement embedded = driver().findElement(By.cssSelector(".embed [data-item='" + id + "']"));
        assertTrue(embedded.getAttribute("id").startsWith("embed-"), "embedded ids are prefixed");
        assertTrue(embedded.findElement(By.cssSelector("input")).isSelected());
    }

    @Test
    void corruptOrHostileSavedDataIsIgnored() {
        browser.js("localStorage.setItem(arguments[0], '{not json')", KEY);
        browser.driver().navigate().refresh();
        assertEquals("0 of 7 done", progress());
        browser.js("localStorage.setItem(arguments[0], arguments[1])", KEY,
                "{\"__proto__\":{\"polluted\":true},\"done\":[\"clean-dataset\",\"gone-item\",42,{\"x\":1}]}");
        browser.driver().navigate().refresh();
        assertTrue(box("clean-dataset").isSelected());
        assertEquals("1 of 7 done", progress());
        assertNull(browser.js("return ({}).polluted === undefined ? null : 'polluted'"));
        tick("baseline-eval");
        String saved = (String) browser.js("return localStorage.getItem(arguments[0])", KEY);
        assertFalse(saved.contains("gone-item"), "ticks of items that no longer exist are dropped: " + saved);
    }

    /**
     * Storage blocked. A sandboxed iframe would be the natural stage, but Chromium runs no
     * file:// scripts in an opaque-origin frame, so instead a script registered through the
     * DevTools protocol runs before the page's own and makes every touch of localStorage throw
     * a SecurityError, as a sandboxed frame or a locked-down private mode does. The list must
     * still tick and count, and say quietly that ticks will not be kept.
     */
    @Test
    void withStorageBlockedTheListStillWorksInMemory() {
        ChromeDriver chrome = (ChromeDriver) driver();
        Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(window, 'localStorage', { configurable: true, get: function () {"
                        + " throw new DOMException('The document is sandboxed', 'SecurityError'); } });"));
        try {
            driver().navigate().refresh();
            assertEquals("0 of 7 done", progress());
            tick("clean-dataset");
            assertEquals("1 of 7 done", progress());
            WebElement note = driver().findElement(By.cssSelector("[data-note]"));
            assertTrue(note.isDisplayed());
            assertTrue(note.getText().contains("will not be kept"), note.getText());
            click("[data-reset]");
            click("[data-reset-yes]");
            assertEquals("0 of 7 done", progress());
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void printMetaGetsTheAddressAndDate() {
        String address = (String) browser.js("return document.querySelector('[data-print-address]').textContent");
        assertTrue(address.startsWith("file:") && address.endsWith(PIPELINE), address);
        String date = (String) browser.js("return document.querySelector('[data-print-date]').textContent");
        assertTrue(date.startsWith("· Printed "), date);
    }

    /** Chromium's own print of the page: the list, its title, address and date, and no navigation. */
    @Test
    void printingShowsTheListWithoutNavigation() throws IOException {
        tick("clean-dataset");
        Pdf printed = ((PrintsPage) driver()).print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(printed.getContent());
        Path keep = Path.of(System.getProperty("java.io.tmpdir"), "waymark-checklist-print.pdf");
        Files.write(keep, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("The fine-tuning pipeline"), text);
            assertTrue(text.contains("Hold out a test set, and never train on it"), text);
            assertTrue(text.contains(PIPELINE), "the page's address: " + text);
            // where the line wraps depends on the length of the address and the date
            assertTrue(text.replaceAll("\\s+", " ").contains("Printed "), "a date line: " + text);
            assertTrue(text.contains("Same prompt template"), "details are printed open: " + text);
            assertFalse(text.contains("Skip to content"), text);
            assertFalse(text.contains("Decision wizards"), "no navigation: " + text);
            assertFalse(text.contains("Copy as Markdown"), text);
            assertFalse(text.contains("Download as Markdown"), text);
        }
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static void open(String page) {
        browser.open(site.resolve(page));
    }

    private static String progress() {
        return driver().findElement(By.cssSelector("[data-progress-text]")).getText();
    }

    private static WebElement box(String item) {
        return driver().findElement(By.cssSelector("[data-item='" + item + "'] input[type=checkbox]"));
    }

    private static void tick(String item) {
        driver().findElement(By.cssSelector("[data-item='" + item + "'] .item-text")).click();
    }

    private static void click(String selector) {
        driver().findElement(By.cssSelector(selector)).click();
    }
}
