package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * A big flowchart (the default site's fine-tuning tree, far wider than the column) in real
 * Chromium: fitted to the column, or full size in a frame of its own, switched and scrolled
 * with the keyboard alone, with and without JavaScript, and the page never scrolls sideways.
 */
class FlowchartViewsBrowserTest {
    @org.junit.jupiter.api.io.TempDir
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

    private static double number(Browser b, String script) {
        return ((Number) b.js(script)).doubleValue();
    }

    private static void noPageScroll(Browser b) {
        assertTrue(number(b, "return document.documentElement.scrollWidth") <= number(b, "return window.innerWidth"),
                "the page does not scroll sideways");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fitToWidthAndFullSizeBothWorkFromTheKeyboard(boolean javascript) {
        Browser b = javascript ? browser : noScript;
        b.viewport(1000, 800);
        b.open(site.resolve("decisions/should-we-fine-tune/index.html"));
        WebElement summary = b.driver().findElement(By.cssSelector(".flowchart-box summary"));
        b.js("arguments[0].focus()", summary);
        summary.sendKeys(Keys.ENTER);
        // Fit to width, the first view: the whole chart within the frame, nothing to scroll.
        WebElement fit = b.driver().findElement(By.cssSelector(".flowchart-views input[value=fit]"));
        assertTrue(fit.isSelected());
        String frame = "document.querySelector('.flowchart-frame')";
        assertTrue(number(b, "return " + frame + ".scrollWidth") <= number(b, "return " + frame + ".clientWidth"),
                "fitted, the chart is no wider than its frame");
        double fitted = number(b, "return document.querySelector('.flowchart').getBoundingClientRect().width");
        noPageScroll(b);
        // Tab to the radio group, then an arrow key chooses Full size.
        b.js("arguments[0].focus()", fit);
        fit.sendKeys(Keys.ARROW_RIGHT);
        assertTrue(b.driver().findElement(By.cssSelector(".flowchart-views input[value=full]")).isSelected());
        double full = number(b, "return document.querySelector('.flowchart').getBoundingClientRect().width");
        assertTrue(full > 2 * fitted, "full size is the chart's own size: " + full + " against " + fitted);
        assertTrue(number(b, "return " + frame + ".scrollWidth") > number(b, "return " + frame + ".clientWidth"));
        noPageScroll(b);
        // The frame takes focus, and arrow keys scroll it.
        WebElement box = b.driver().findElement(By.cssSelector(".flowchart-frame"));
        b.js("arguments[0].focus(); arguments[0].scrollLeft = 0", box);
        assertEquals(box, b.driver().switchTo().activeElement());
        box.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        new WebDriverWait(b.driver(), Browser.PATIENCE).until(d -> number(b, "return " + frame + ".scrollLeft") > 0);
        noPageScroll(b);
        assertEquals(List.of(), javascript ? b.consoleErrors() : List.of());
    }
}
