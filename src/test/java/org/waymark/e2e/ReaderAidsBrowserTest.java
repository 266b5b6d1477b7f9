package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Axe;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * What readers of MkDocs and Docusaurus sites expect, in real Chromium from disk: an anchor
 * link on each heading, a Copy button on code blocks, "Edit this page" where site.yaml has an
 * editUrl, and a print stylesheet without navigation that writes link addresses out.
 */
class ReaderAidsBrowserTest {
    static final String CODE = "pip install <peft> && echo \"done\"";

    @TempDir
    static Path project;
    static Path site;
    static Browser browser;

    @BeforeAll
    static void setUp() throws IOException {
        Browser.assumeAvailable();
        Projects.write(project, Map.of(
                "content/site.yaml", "title: Aids\neditUrl: https://git.example.com/kb/edit/main/content\n",
                "content/index.md", "# Aids\n\nSee [the guide](guides/setup.md).\n",
                "content/guides/index.md", "# Guides\n",
                "content/guides/setup.md", "# Set up\n\n## Install it {#install}\n\n```sh\n" + CODE + "\n```\n\n"
                        + "### Then check\n\nRead [the docs](https://docs.example.com/peft) and [home](../index.md).\n",
                "content/guides/other.md", "# Other\n\nText.\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        site = project.resolve("site");
        browser = Browser.start();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) browser.close();
    }

    @AfterEach
    void screenAgain() {
        if (browser != null) browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private static WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    @Test
    void eachHeadingHasAnAnchorLinkThatAppearsOnFocus() {
        browser.open(site.resolve("guides/setup/index.html"));
        List<WebElement> anchors = browser.driver().findElements(By.cssSelector(".prose .heading-anchor"));
        assertEquals(2, anchors.size());
        assertEquals("#install", anchors.get(0).getDomAttribute("href"));
        assertEquals("Link to this section: Install it", anchors.get(0).getDomAttribute("aria-label"));
        assertEquals("#then-check", anchors.get(1).getDomAttribute("href"));
        // Hidden until hovered or focused, except where nothing can hover (a touch screen).
        boolean touch = (Boolean) browser.js("return matchMedia('(hover: none)').matches");
        assertEquals(touch ? "1" : "0", anchors.get(0).getCssValue("opacity"));
        browser.js("arguments[0].focus()", anchors.get(0));
        assertEquals("1", anchors.get(0).getCssValue("opacity"));
        anchors.get(0).click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("#install"));
    }

    @Test
    void aCodeBlockHasACopyButtonThatCopiesOrShowsTheCode() {
        browser.open(site.resolve("guides/setup/index.html"));
        WebElement button = find(".code-block .code-copy");
        assertEquals("Copy", button.getText());
        button.click();
        // From file:// the clipboard may refuse; then the code stands selected in a box instead.
        new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d ->
                "Copied".equals(button.getText()) || find(".code-copy-text").isDisplayed());
        assertEquals(CODE, find(".code-copy-text").getDomProperty("value"));
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }

    @Test
    void editThisPageLinksToTheFileInTheRepository() {
        browser.open(site.resolve("guides/setup/index.html"));
        assertEquals("https://git.example.com/kb/edit/main/content/guides/setup.md",
                find(".edit-page a").getDomAttribute("href"));
        browser.open(site.resolve("index.html"));
        assertEquals("https://git.example.com/kb/edit/main/content/index.md", find(".edit-page a").getDomAttribute("href"));
    }

    @Test
    void aGuidePrintsWithoutNavigationAndWithLinkAddresses() {
        browser.open(site.resolve("guides/setup/index.html"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : List.of(".site-header", ".sidebar", ".breadcrumbs", ".pager", ".site-footer", ".toc",
                ".edit-page", ".heading-anchor", ".code-copy")) {
            for (WebElement e : browser.driver().findElements(By.cssSelector(hidden))) {
                assertEquals("none", e.getCssValue("display"), hidden + " is not printed");
            }
        }
        assertTrue(find("h1").isDisplayed());
        Object after = browser.js("return getComputedStyle(document.querySelector("
                + "'.prose a[href^=\"https\"]'), '::after').content");
        assertEquals("\" (https://docs.example.com/peft)\"", after);
    }
}
