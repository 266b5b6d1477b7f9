package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/** The default site in real headless Chromium, opened from disk (file://), as a reader would. */
class SiteBrowserTest {
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

    @Test
    void homePageOpensFromDiskStyledAndWithoutConsoleErrors() {
        browser.open(site.resolve("index.html"));
        assertEquals("Should we fine-tune?", browser.driver().findElement(By.tagName("h1")).getText());
        // The stylesheet loaded through its relative, cache-busted path.
        Object display = browser.js("return getComputedStyle(document.querySelector('.site-nav ul')).display");
        assertEquals("flex", display);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void followingEveryNavigationLinkAndTheFirstGuideLinksReachesRealPages() {
        browser.open(site.resolve("index.html"));
        Set<String> visited = new LinkedHashSet<>();
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector(".site-nav a, .content a[href*='guides/']"))) {
            hrefs.add(a.getAttribute("href"));
        }
        assertTrue(hrefs.size() >= 6, hrefs.toString());
        for (String href : hrefs) {
            browser.driver().get(href);
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.startsWith("file://"), url);
            assertFalse(browser.driver().findElements(By.tagName("h1")).isEmpty(), "an h1 on " + url);
            assertFalse(browser.driver().getTitle().isBlank(), "a title on " + url);
            assertTrue(browser.driver().findElements(By.cssSelector("body")).get(0).getText().length() > 100, url);
            visited.add(url);
        }
        assertEquals(List.of(), browser.consoleErrors());
        assertTrue(visited.size() >= 5, visited.toString());
    }

    @Test
    void aWideFlowchartShownFullSizeOpensWithItsFirstQuestionInView() {
        browser.open(site.resolve("decisions/should-we-fine-tune/index.html"));
        browser.driver().findElement(By.cssSelector(".flowchart-box summary")).click();
        browser.driver().findElement(By.cssSelector(".flowchart-views input[value=full]")).click();
        // The script scrolls the frame when the view changes: wait for that, however long a busy machine takes.
        new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> Boolean.TRUE.equals(browser.js(
                "return document.querySelector('.flowchart-box').open"
                        + " && document.querySelector('.flowchart-frame').scrollLeft > 0;")));
        Object inView = browser.js("var f = document.querySelector('.flowchart-frame').getBoundingClientRect();"
                + "var s = document.querySelector('.fc-start').getBoundingClientRect();"
                + "return s.left >= f.left && s.right <= f.right && s.top >= f.top && s.bottom <= f.bottom;");
        assertEquals(Boolean.TRUE, inView);
        Object scrolled = browser.js("return document.querySelector('.flowchart-frame').scrollLeft > 0;");
        assertEquals(Boolean.TRUE, scrolled, "the start box is right of the first screenful, so the frame scrolls");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void previousAndNextWalkTheGuides() {
        browser.open(site.resolve("guides/cost-ladder/index.html"));
        String first = browser.driver().findElement(By.tagName("h1")).getText();
        browser.driver().findElement(By.cssSelector(".pager-next")).click();
        String second = browser.driver().findElement(By.tagName("h1")).getText();
        assertFalse(first.equals(second));
        browser.driver().findElement(By.cssSelector(".pager a[rel=prev]")).click();
        assertEquals(first, browser.driver().findElement(By.tagName("h1")).getText());
    }
}
