package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Axe;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * The default site checked with axe-core in real Chromium, in the light and the dark colour
 * scheme: no serious or critical violation on any kind of page, in the states a reader sees
 * (a tree at a question and at an outcome, its flowchart open), tag pages included. Also what axe cannot judge on
 * its own: the skip link, the landmarks and a visible focus ring.
 */
class AccessibilityBrowserTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Browser browser;

    @BeforeAll
    static void setUp() throws IOException {
        Browser.assumeAvailable();
        site = tmp.resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
        browser = Browser.start();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) browser.close();
    }

    @AfterEach
    void lightAgain() {
        if (browser != null) Axe.scheme(browser, "light");
    }

    private static void open(String page) {
        browser.open(site.resolve(page));
    }

    private static WebElement waitFor(String css) {
        return new WebDriverWait(browser.driver(), Browser.PATIENCE)
                .until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Every page kind and state, checked in one colour scheme; each finding names the page it is on. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void noSeriousViolationOnAnyKindOfPage(String scheme) {
        Axe.scheme(browser, scheme);
        List<String> found = new ArrayList<>();
        open("index.html");
        // The scheme is really in force: the page's own background follows it.
        assertEquals(scheme.equals("dark") ? "rgb(20, 24, 28)" : "rgb(253, 253, 252)",
                browser.js("return getComputedStyle(document.body).backgroundColor"));
        check("home", found);
        open("guides/cost-ladder/index.html");
        assertTrue(!browser.driver().findElements(By.cssSelector(".task-list-item input")).isEmpty(), "a task list");
        check("guide with a task list", found);
        open("decisions/should-we-fine-tune/index.html");
        waitFor(".wizard-question");
        check("tree at a question", found);
        browser.driver().findElement(By.cssSelector(".flowchart-box summary")).click();
        check("tree with its flowchart open", found);
        browser.driver().get(site.resolve("decisions/should-we-fine-tune/index.html").toUri() + "#answers=goal:use-rag");
        waitFor(".wizard-outcome");
        check("tree at an outcome", found);
        open("checklists/fine-tuning-pipeline/index.html");
        waitFor(".checklist-progress-text");
        check("checklist", found);
        browser.driver().findElement(By.cssSelector(".item-box")).click();
        check("checklist with an item ticked", found);
        open("guides/index.html");
        check("section", found);
        open("tags/fine-tuning/index.html");
        check("tag page", found);
        open("tags/index.html");
        check("tag index", found);
        open("guides/index.html");
        waitFor(".site-search input[role='combobox']").sendKeys("fine tun");
        waitFor(".search-results [role='option']");
        check("search with results open", found);
        open("a-z/index.html");
        check("A to Z index", found);
        open("404.html");
        check("not found", found);
        assertEquals(List.of(), found, scheme + " scheme");
    }

    private static void check(String where, List<String> found) {
        for (String v : Axe.seriousViolations(browser)) found.add(where + ": " + v);
    }

    @Test
    void theFirstTabReachesASkipLinkThatIsSeenAndMovesFocusToTheContent() {
        open("guides/cost-ladder/index.html");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.isDisplayed());
        Number left = (Number) browser.js("return arguments[0].getBoundingClientRect().left", skip);
        assertTrue(left.doubleValue() >= 0, "the focused skip link is on screen");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void eachPageHasOneBannerOneMainAndOneContentInfo() {
        for (String page : List.of("index.html", "guides/cost-ladder/index.html",
                "decisions/should-we-fine-tune/index.html", "checklists/fine-tuning-pipeline/index.html")) {
            open(page);
            assertEquals(1L, browser.js("return document.querySelectorAll('body > header, [role=banner]').length"), page);
            assertEquals(1L, browser.js("return document.querySelectorAll('main').length"), page);
            assertEquals(1L, browser.js("return document.querySelectorAll('body > footer, [role=contentinfo]').length"), page);
            // Every navigation landmark has a name of its own, so a screen reader's list of them reads.
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) browser.js("return Array.from(document.querySelectorAll('nav'))"
                    + ".map(n => n.getAttribute('aria-label') || (n.getAttribute('aria-labelledby') && "
                    + "document.getElementById(n.getAttribute('aria-labelledby')).textContent) || '')");
            assertTrue(names.stream().noneMatch(String::isBlank), page + ": " + names);
            assertEquals(names.size(), names.stream().distinct().count(), page + ": " + names);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void whatTheKeyboardFocusesHasAVisibleRing(String scheme) {
        Axe.scheme(browser, scheme);
        open("guides/cost-ladder/index.html");
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 6; i++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            String style = (String) browser.js("var s = getComputedStyle(arguments[0]);"
                    + "return s.outlineStyle + ' ' + s.outlineWidth", focused);
            assertNotEquals("none", style.split(" ")[0], "focus ring on " + focused.getText());
            assertTrue(Double.parseDouble(style.split(" ")[1].replace("px", "")) >= 2, style);
            focused.sendKeys(Keys.TAB);
        }
    }
}
