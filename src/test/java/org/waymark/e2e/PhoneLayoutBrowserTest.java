package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * The default site on a phone, in real Chromium from disk: at 360 px the content comes first
 * and the section list and table of contents are folded behind toggles that work with and
 * without JavaScript; at 1280 px both are simply open; at 320 px no page scrolls sideways.
 */
class PhoneLayoutBrowserTest {
    static final String GUIDE = "guides/cost-ladder/index.html";

    @TempDir
    static Path tmp;
    static Path site;
    static Browser browser;
    static Browser noScript;

    @BeforeAll
    static void setUp() throws IOException {
        Browser.assumeAvailable();
        site = tmp.resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
        browser = Browser.start();
        noScript = Browser.start(true);
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) browser.close();
        if (noScript != null) noScript.close();
    }

    private static WebElement find(Browser b, String css) {
        return b.driver().findElement(By.cssSelector(css));
    }

    /**
     * Whether the reader sees the element: laid out, and not in the folded part of a closed
     * {@code <details>} (Selenium's isDisplayed calls all of a closed details hidden, even where
     * CSS shows it).
     */
    private static boolean shown(Browser b, WebElement e) {
        return (Boolean) b.js("var e = arguments[0]; return e.checkVisibility() && e.getClientRects().length > 0", e);
    }

    private static double top(Browser b, String css) {
        return ((Number) b.js("return document.querySelector(arguments[0]).getBoundingClientRect().top", css)).doubleValue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void at360TheContentComesFirstAndBothListsFoldBehindToggles(boolean javascript) {
        Browser b = javascript ? browser : noScript;
        b.viewport(360, 740);
        b.open(site.resolve(GUIDE));
        double screen = ((Number) b.js("return window.innerHeight")).doubleValue();
        assertTrue(top(b, "main h1") < screen / 2, "the title is in the top half of the first screen: " + top(b, "main h1"));
        assertTrue(top(b, ".prose > p") < screen, "the text starts on the first screen");
        for (String fold : List.of(".sidebar", ".toc")) {
            WebElement summary = find(b, fold + " summary");
            WebElement list = find(b, fold + " ul, " + fold + " ol");
            assertTrue(shown(b, summary), fold + " has a toggle");
            assertFalse(shown(b, list), fold + " starts folded");
            summary.click();
            assertTrue(shown(b, list), fold + " opens on a click");
            summary.click();
            assertFalse(shown(b, list), fold + " closes again");
        }
        // And by keyboard: the toggle is focusable and Enter opens it.
        find(b, ".sidebar summary").sendKeys(Keys.ENTER);
        assertTrue(shown(b, find(b, ".sidebar ul")));
        assertTrue(shown(b, find(b, ".sidebar a[aria-current]")), "the current page is marked in the list");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void at1280BothListsAreOpenWithoutAToggle(boolean javascript) {
        Browser b = javascript ? browser : noScript;
        b.viewport(1280, 900);
        b.open(site.resolve(GUIDE));
        for (String fold : List.of(".sidebar", ".toc")) {
            assertTrue(shown(b, find(b, fold + " li a")), fold + " is open");
            assertFalse(shown(b, find(b, fold + " summary")), fold + " needs no toggle");
        }
        assertTrue(shown(b, find(b, ".toc-title")), "the table of contents keeps its title");
        double sidebar = ((Number) b.js("return document.querySelector('.sidebar').getBoundingClientRect().left")).doubleValue();
        double main = ((Number) b.js("return document.querySelector('main').getBoundingClientRect().left")).doubleValue();
        assertTrue(sidebar < main, "the section list stands beside the content");
    }

    @Test
    void at320NoPageScrollsSideways() throws IOException {
        browser.viewport(320, 700);
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()).sorted().toList();
        }
        assertTrue(pages.size() > 20, pages.toString());
        List<String> wide = new ArrayList<>();
        for (String page : pages) {
            browser.open(site.resolve(page));
            // Trees also with their flowchart open: it scrolls in its own box, never the page.
            browser.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
            long width = ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
            if (width > 320) wide.add(page + " is " + width + " px wide");
        }
        browser.driver().get(site.resolve("decisions/should-we-fine-tune/index.html").toUri() + "#answers=goal:use-rag");
        long width = ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
        if (width > 320) wide.add("a tree at an outcome is " + width + " px wide");
        assertEquals(List.of(), wide);
    }
}
