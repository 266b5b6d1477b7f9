package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.ClientData;
import org.waymark.testing.Projects;

/**
 * The scripts fed the documented fixtures (docs/client-data.md, checked against the build by
 * ClientDataTest): the decision record they assemble is the expected Markdown, and a
 * checklist's "Copy as Markdown" is the .md file the build wrote, with the reader's ticks;
 * embedded copies agree, and where the clipboard refuses, the text is left selected to copy.
 */
class ClientDataBrowserTest {
    static final String WALK = "#answers=a:done-q.2/done-q:end";
    static final String STUB = "window.__copied = null; navigator.clipboard.writeText = function (t) {"
            + " window.__copied = t; return Promise.resolve(); };";

    @TempDir
    static Path tmp;
    static Path site;
    static Path wizardPage;
    static Path checklistPage;
    static Browser browser;

    @BeforeAll
    static void buildAndStart() throws IOException {
        Browser.assumeAvailable();
        site = tmp.resolve("site");
        Pipeline.Result r = ClientData.build(site);
        assertTrue(r.ok(), Projects.human(r));
        wizardPage = ClientData.feed(site.resolve("pick/index.html"), ClientData.WIZARD,
                ClientData.expectedJson("wizard.json"), "fixture.html");
        checklistPage = ClientData.feed(site.resolve("ship/index.html"), ClientData.CHECKLIST,
                ClientData.expectedJson("checklist.json"), "fixture.html");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theRecordIsTheDocumentedPiecesPutTogether() {
        open(wizardPage, WALK, ".wizard-outcome");
        assertEquals(ClientData.expectedText("record.md"), copyRecord());
    }

    @Test
    void anEmbeddedWizardGivesTheSameRecord() {
        open(site.resolve("index.html"), WALK.replace("#answers", "#embed-pick-answers"), ".wizard-outcome");
        assertEquals(ClientData.expectedText("record.md"), copyRecord());
    }

    @Test
    void copyWithoutTicksIsTheMarkdownFileTheBuildWrote() throws IOException {
        open(checklistPage, "", "[data-copy]");
        browser.js("localStorage.clear()");
        browser.driver().navigate().refresh();
        assertEquals(exported(), copyChecklist(""));
    }

    @Test
    void copyWithTicksIsTheSameFileWithThoseTicks() throws IOException {
        open(checklistPage, "", "[data-copy]");
        browser.js("localStorage.clear()");
        browser.driver().navigate().refresh();
        tick("one");
        tick("three");
        String copied = copyChecklist("");
        assertEquals(exported().replace("- [ ] 1\\.", "- [x] 1\\.").replace("- [ ] Plain words", "- [x] Plain words"), copied);
        assertEquals(exported(), copied.replace("- [x] ", "- [ ] "), "only the ticks differ from the download");
        assertNotEquals(exported(), copied);
    }

    @Test
    void anEmbeddedChecklistCopiesTheSameMarkdown() throws IOException {
        open(site.resolve("index.html"), "", ".embed:has([data-checklist]) [data-copy]");
        browser.js("localStorage.clear()");
        browser.driver().navigate().refresh();
        assertEquals(exported(), copyChecklist(".embed:has([data-checklist]) "));
    }

    /** The core's fallback, for both scripts: the text appears in a box, selected, with a message to match. */
    @Test
    void whereTheClipboardRefusesTheTextIsLeftSelectedToCopy() throws IOException {
        String refuse = "navigator.clipboard.writeText = function () {"
                + " return Promise.reject(new DOMException('denied', 'NotAllowedError')); };";
        open(checklistPage, "", "[data-copy]");
        browser.js(refuse);
        browser.driver().findElement(By.cssSelector("[data-copy]")).click();
        WebElement box = browser.driver().findElement(By.cssSelector("[data-copy-text]"));
        waitFor(box::isDisplayed);
        assertEquals(exported().replace("\r", ""), box.getAttribute("value"));
        assertSelected(box);
        String message = browser.driver().findElement(By.cssSelector("[data-message]")).getText();
        assertTrue(List.of("Copied as Markdown.", "Select the text below and copy it.").contains(message), message);

        open(wizardPage, WALK, ".wizard-outcome");
        browser.js(refuse);
        browser.driver().findElement(By.cssSelector(".wizard-record button")).click();
        WebElement record = browser.driver().findElement(By.cssSelector(".wizard-record-text"));
        waitFor(record::isDisplayed);
        assertEquals(ClientData.expectedText("record.md"), dated(record.getAttribute("value")));
        assertSelected(record);
    }

    private static void assertSelected(WebElement box) {
        assertEquals(Boolean.TRUE, browser.js("var b = arguments[0]; return document.activeElement === b"
                + " && b.selectionStart === 0 && b.selectionEnd === b.value.length && b.value.length > 0", box));
    }

    private static String exported() throws IOException {
        return Files.readString(site.resolve("ship/ship.md"), StandardCharsets.UTF_8);
    }

    private static void open(Path page, String fragment, String ready) {
        browser.driver().get("about:blank");
        browser.driver().get(page.toUri() + fragment);
        waitFor(() -> !browser.driver().findElements(By.cssSelector(ready)).isEmpty()
                && browser.driver().findElement(By.cssSelector(ready)).isDisplayed());
    }

    private static void tick(String item) {
        browser.driver().findElement(By.cssSelector("[data-item='" + item + "'] .item-text")).click();
    }

    private static String copyRecord() {
        browser.js(STUB);
        browser.driver().findElements(By.cssSelector(".wizard-record button")).get(0).click();
        return dated(copied());
    }

    private static String copyChecklist(String scope) {
        browser.js(STUB);
        browser.driver().findElement(By.cssSelector(scope + "[data-copy]")).click();
        return copied();
    }

    private static String copied() {
        waitFor(() -> browser.js("return window.__copied") != null);
        return (String) browser.js("return window.__copied");
    }

    /** The record carries the day it was made; the fixture says {date}. */
    private static String dated(String record) {
        return record.replaceFirst("Decision record, \\d{4}-\\d{2}-\\d{2}\\.", "Decision record, {date}.");
    }

    private static void waitFor(java.util.function.BooleanSupplier ok) {
        new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> ok.getAsBoolean());
    }
}
