package org.waymark.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.LoopbackSite;
import org.waymark.testing.Projects;

/**
 * The attack corpus and the default site in real Chromium: every page opened, hovered and
 * clicked, with no dialog and no script error or CSP violation; the default site also served
 * with the Content-Security-Policy as a real HTTP header.
 */
class UntrustedContentBrowserTest {
    @TempDir
    static Path tmp;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void hostileContentNeverRunsInTheBrowser() throws IOException {
        Path project = Projects.write(tmp.resolve("attack"), AttackCorpus.textFieldsProject(AttackCorpus.xss()));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        // Markdown-field inputs that build (raw HTML, cleaned) go into the same site.
        List<String> xss = AttackCorpus.xss();
        StringBuilder cleaned = new StringBuilder("# Cleaned raw HTML\n\n");
        for (int i = 0; i < xss.size(); i++) {
            Path one = Projects.write(tmp.resolve("one" + i), AttackCorpus.markdownFieldsProject(xss.get(i)));
            if (Projects.check(one).ok()) cleaned.append(xss.get(i)).append("\n\n");
        }
        Files.writeString(project.resolve("content/pages/cleaned.md"), cleaned.toString());
        Files.writeString(project.resolve("content/index.md"),
                Files.readString(project.resolve("content/index.md")) + "\n[cleaned](pages/cleaned.md)\n");
        r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));

        List<Path> pages;
        try (Stream<Path> walk = Files.walk(project.resolve("site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            browser.open(page);
            exercise(page.toString(), problems);
        }
        // The wizard, walked through every question of the hostile tree.
        browser.open(project.resolve("site/decisions/attack/index.html"));
        for (int i = 0; i < 60; i++) {
            List<WebElement> options = browser.driver().findElements(By.cssSelector(".wizard-app button.option, .wizard-app .option"));
            if (options.isEmpty()) break;
            options.get(0).click();
            noDialog("wizard step " + i, problems);
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theDefaultSiteUnderARealContentSecurityPolicyHeader() throws IOException {
        Path site = tmp.resolve("default-site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
        List<String> problems = new ArrayList<>();
        try (LoopbackSite served = LoopbackSite.serve(site)) {
            for (String path : List.of("", "guides/", "guides/cost-ladder/", "decisions/should-we-fine-tune/",
                    "decisions/open-weights-or-closed-api/", "checklists/fine-tuning-pipeline/",
                    "guides/small-vs-large-model/", "404.html")) {
                browser.driver().get(served.url(path));
                exercise(path, problems);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of(), browser.consoleErrors(), "CSP violations or script errors");
    }

    /** Hover and click what a reader would: links to anchors, buttons, checkboxes, summaries. */
    private static void exercise(String where, List<String> problems) {
        noDialog(where, problems);
        List<WebElement> targets = browser.driver().findElements(By.cssSelector(
                "main a[href^='#'], main button, main input[type=checkbox], main summary, main img"));
        int n = 0;
        for (WebElement e : targets) {
            if (n++ > 25) break;
            try {
                if (!e.isDisplayed()) continue;
                new Actions(browser.driver()).moveToElement(e).perform();
                if (!"img".equals(e.getTagName())) e.click();
            } catch (org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.interactions.MoveTargetOutOfBoundsException ignored) {
                // the page changed under us (a wizard step): that is the page working
            }
            noDialog(where, problems);
        }
    }

    private static void noDialog(String where, List<String> problems) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            problems.add(where + ": a dialog opened: " + text);
            browser.driver().switchTo().alert().dismiss();
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
