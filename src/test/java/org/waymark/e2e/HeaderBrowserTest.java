package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * The header of a large handbook (twenty top-level sections) in real Chromium: one row at
 * 1280 px, and a "More" menu that works by mouse and keyboard, with and without JavaScript.
 */
class HeaderBrowserTest {
    static final List<String> NAMES = List.of("Agile development", "Automated testing", "Continuous delivery",
            "Code reviews", "Design reviews", "Developer experience", "Documentation", "Engineering feedback",
            "Machine learning", "Non-functional requirements", "Observability", "Security", "Source control",
            "User interface", "Privacy", "Accessibility", "Performance", "Cost management", "Incident response",
            "Onboarding");

    @TempDir
    static Path project;
    static Path site;
    static Browser browser;
    static Browser noScript;

    @BeforeAll
    static void setUp() throws IOException {
        Browser.assumeAvailable();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: Engineering fundamentals playbook\n");
        for (int i = 0; i < NAMES.size(); i++) {
            String folder = String.format("content/s%02d/", i + 1);
            files.put(folder + "README.md", "# " + NAMES.get(i) + "\n\nWhat this section covers.\n");
            files.put(folder + "page.md", "# A page about " + NAMES.get(i).toLowerCase() + "\n\nText.\n");
        }
        files.put("content/first-week.md", "# The first week of a project\n");
        Projects.write(project, files);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        site = project.resolve("site");
        browser = Browser.start();
        noScript = Browser.start(true);
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) browser.close();
        if (noScript != null) noScript.close();
    }

    /** Makes the page's viewport exactly {@code width} CSS pixels wide. */
    private static void viewport(Browser b, int width) {
        WebDriver d = b.driver();
        d.manage().window().setSize(new Dimension(width, 900));
        long inner = ((Number) b.js("return window.innerWidth")).longValue();
        d.manage().window().setSize(new Dimension((int) (2L * width - inner), 900));
        assertEquals(width, ((Number) b.js("return window.innerWidth")).longValue());
    }

    @Test
    void twentySectionsTakeOneRowAt1280() {
        for (Browser b : List.of(browser, noScript)) {
            viewport(b, 1280);
            b.open(site.resolve("s07/page/index.html"));
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) b.js("return Array.from(document.querySelectorAll("
                    + "'.site-nav > ul > li')).map(li => li.getBoundingClientRect().top)");
            assertTrue(tops.size() >= 4, "links and More in the row: " + tops);
            for (Number top : tops) assertEquals(tops.get(0).doubleValue(), top.doubleValue(), 1.0, "one row: " + tops);
            Boolean besideTitle = (Boolean) b.js("var t = document.querySelector('.site-title').getBoundingClientRect();"
                    + "var n = document.querySelector('.site-nav ul').getBoundingClientRect();"
                    + "return t.right <= n.left && t.top < n.bottom && n.top < t.bottom");
            assertTrue(besideTitle, "the links stand beside the title, not under it");
            Number header = (Number) b.js("return document.querySelector('.site-header').getBoundingClientRect().height");
            assertTrue(header.doubleValue() < 80, "header height " + header);
            assertFalse(b.driver().findElement(By.cssSelector(".nav-more-menu ul")).isDisplayed(), "More starts closed");
        }
    }

    @Test
    void moreOpensAndLeadsToASectionWithoutJavaScript() {
        viewport(noScript, 1280);
        noScript.open(site.resolve("index.html"));
        WebElement menu = noScript.driver().findElement(By.cssSelector(".nav-more-menu ul"));
        noScript.driver().findElement(By.cssSelector(".nav-more-menu > summary")).click();
        assertTrue(menu.isDisplayed());
        WebElement last = menu.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().equals("Onboarding")).findFirst().orElseThrow();
        last.click();
        assertTrue(noScript.driver().getCurrentUrl().endsWith("/s20/index.html"), noScript.driver().getCurrentUrl());
        assertEquals("Onboarding", noScript.driver().findElement(By.tagName("h1")).getText());
        // Here, the current section is under More: its link is marked, and so is "More".
        WebElement summary = noScript.driver().findElement(By.cssSelector(".nav-more-menu > summary"));
        assertTrue(summary.getAttribute("class").contains("has-current"));
        assertEquals("Onboarding", noScript.driver().findElement(By.cssSelector(".nav-more-menu a[aria-current=page]"))
                .getAttribute("textContent"));
        String weight = (String) noScript.js("return getComputedStyle(arguments[0]).fontWeight", summary);
        assertEquals("600", weight, "More looks current too");
    }

    @Test
    void theKeyboardOpensWalksAndClosesTheMenu() {
        for (Browser b : List.of(browser, noScript)) {
            viewport(b, 1280);
            b.open(site.resolve("index.html"));
            WebDriver d = b.driver();
            Actions keys = new Actions(d);
            WebElement summary = d.findElement(By.cssSelector(".nav-more-menu > summary"));
            for (int i = 0; i < 30 && !summary.equals(d.switchTo().activeElement()); i++) keys.sendKeys(Keys.TAB).perform();
            assertEquals(summary, d.switchTo().activeElement(), "More is reached with Tab");
            keys.sendKeys(Keys.ENTER).perform();
            WebElement menu = d.findElement(By.cssSelector(".nav-more-menu ul"));
            new WebDriverWait(d, Browser.PATIENCE).until(x -> menu.isDisplayed());
            keys.sendKeys(Keys.TAB).perform();
            WebElement first = menu.findElements(By.tagName("a")).get(0);
            assertEquals(first, d.switchTo().activeElement(), "Tab goes into the open menu");
            if (b == browser) {
                keys.sendKeys(Keys.ESCAPE).perform();
                new WebDriverWait(d, Browser.PATIENCE).until(x -> !menu.isDisplayed());
                assertEquals(summary, d.switchTo().activeElement(), "Escape closes it and returns to More");
                keys.sendKeys(Keys.ENTER).perform();
                new WebDriverWait(d, Browser.PATIENCE).until(x -> menu.isDisplayed());
                keys.sendKeys(Keys.TAB).perform();
            }
            String expected = first.getAttribute("href");
            keys.sendKeys(Keys.ENTER).perform();
            new WebDriverWait(d, Browser.PATIENCE).until(x -> x.getCurrentUrl().equals(expected));
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aClickElsewhereClosesTheMenu() {
        viewport(browser, 1280);
        browser.open(site.resolve("index.html"));
        WebDriver d = browser.driver();
        d.findElement(By.cssSelector(".nav-more-menu > summary")).click();
        WebElement menu = d.findElement(By.cssSelector(".nav-more-menu ul"));
        assertTrue(menu.isDisplayed());
        d.findElement(By.tagName("h1")).click();
        new WebDriverWait(d, Browser.PATIENCE).until(x -> !menu.isDisplayed());
    }

    @Test
    void onNarrowerScreensTheOpenMenuStaysOnTheScreen() {
        for (int width : List.of(360, 900)) {
            viewport(noScript, width);
            noScript.open(site.resolve("index.html"));
            noScript.driver().findElement(By.cssSelector(".nav-more-menu > summary")).click();
            Boolean inside = (Boolean) noScript.js("var r = document.querySelector('.nav-more-menu ul').getBoundingClientRect();"
                    + "return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth");
            assertTrue(inside, "the open menu stays on the screen at " + width);
            Number scroll = (Number) noScript.js("var e = document.documentElement; return e.scrollWidth - e.clientWidth");
            assertEquals(0, scroll.intValue(), "nothing scrolls sideways at " + width);
        }
    }
}
