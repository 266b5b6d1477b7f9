package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * The wizard in a real browser, against the default site built from disk (file://): walking,
 * Back, Change, reload, sharing the URL, keyboard only, no JavaScript, and under a real CSP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WizardBrowserTest {
    static final String TREE = "decisions/should-we-fine-tune/index.html";

    Path site;
    Browser browser;
    WebDriver driver;

    @BeforeAll
    void buildAndStart(@TempDir Path out) throws IOException {
        Browser.assumeAvailable();
        site = out.resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void freshPage() {
        browser.consoleErrors(); // drop what earlier tests left
    }

    private void open(String fragment) {
        driver.get("about:blank");
        driver.get(site.resolve(TREE).toUri() + fragment);
        waitFor(() -> !driver.findElements(By.cssSelector(".wizard-app")).isEmpty());
    }

    private void waitFor(java.util.function.BooleanSupplier ok) {
        new WebDriverWait(driver, Browser.PATIENCE).until(d -> ok.getAsBoolean());
    }

    private WebElement stage() {
        return driver.findElement(By.cssSelector(".wizard-stage"));
    }

    private String heading() {
        return stage().findElement(By.cssSelector(".node-title")).getText();
    }

    private void choose(String label) {
        String before = heading();
        stage().findElements(By.cssSelector("button.option")).stream()
                .filter(b -> b.findElement(By.cssSelector(".option-label")).getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option '" + label + "' at: " + before))
                .click();
        waitFor(() -> !heading().equals(before));
    }

    private String fragment() {
        String url = driver.getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash);
    }

    private List<String> answers() {
        return driver.findElements(By.cssSelector(".wizard-answer-label")).stream().map(WebElement::getText).toList();
    }

    private void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void walkingAPathReachesItsOutcomeAndTheUrlRecordsIt() {
        open("");
        assertFalse(driver.findElement(By.cssSelector(".tree-nodes")).isDisplayed(), "the node list is hidden");
        assertEquals("What do you want fine-tuning to change about the model?", heading());
        assertEquals("Question 1 of at most 8", driver.findElement(By.cssSelector(".wizard-progress")).getText());
        choose("It should be cheaper or faster on a narrow task");
        assertEquals("Question 2 of at most 8", driver.findElement(By.cssSelector(".wizard-progress")).getText());
        choose("Yes, we iterated and scored it, and it still falls short");
        choose("Not yet");
        assertEquals("Add few-shot examples before going further", heading());
        assertEquals("#answers=goal:tried-prompting.2/tried-prompting:tried-few-shot/tried-few-shot:add-few-shot-examples",
                fragment());
        WebElement outcome = stage().findElement(By.cssSelector(".wizard-outcome"));
        assertTrue(outcome.getAttribute("class").contains("tone-negative"));
        assertEquals("Not recommended", outcome.findElement(By.cssSelector(".tone-badge span:last-child")).getText());
        assertEquals("\"✕\"", ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0], '::before').content", outcome.findElement(By.cssSelector(".tone-icon"))));
        assertFalse(outcome.findElements(By.cssSelector(".outcome-links-title + ul a")).isEmpty());
        assertTrue(outcome.findElement(By.cssSelector("a.button[href*='checklists/']")).getText().contains("Before you fine-tune"));
        assertEquals(3, answers().size());
        noConsoleErrors();
    }

    @Test
    void backReturnsToTheQuestionWithThePreviousAnswerMarked() {
        open("");
        choose("It should reason better on hard problems");
        choose("Arithmetic, counting, dates or looking things up");
        assertEquals("Give the model a tool", heading());
        driver.findElement(By.cssSelector(".wizard-back")).click();
        waitFor(() -> heading().equals("Where does the reasoning break down?"));
        assertEquals("Arithmetic, counting, dates or looking things up",
                stage().findElement(By.cssSelector(".option-previous .option-label")).getText());
        assertEquals("#answers=goal:reasoning-kind", fragment());
        // the browser's own Back and Forward move through the same steps
        driver.navigate().back();
        waitFor(() -> heading().equals("What do you want fine-tuning to change about the model?"));
        driver.navigate().forward();
        waitFor(() -> heading().equals("Where does the reasoning break down?"));
        driver.findElement(By.cssSelector(".wizard-restart")).click();
        waitFor(() -> heading().equals("What do you want fine-tuning to change about the model?"));
        assertEquals(List.of(), answers());
        noConsoleErrors();
    }

    @Test
    void changingAnEarlierAnswerKeepsTheLaterAnswersStillOnThePath() {
        open("");
        choose("It should be cheaper or faster on a narrow task");
        choose("Yes, we iterated and scored it, and it still falls short");
        choose("Yes, and it still falls short, or the examples make every call too long and costly");
        assertEquals("Rung 3: would retrieving material at request time close the gap?", heading());
        driver.findElements(By.cssSelector(".wizard-change")).get(0).click();
        waitFor(() -> heading().equals("What do you want fine-tuning to change about the model?"));
        assertEquals("It should be cheaper or faster on a narrow task",
                stage().findElement(By.cssSelector(".option-previous .option-label")).getText());
        choose("It should handle rare domain terminology or patterns reliably");
        assertEquals("Rung 3: would retrieving material at request time close the gap?", heading());
        assertEquals(List.of("It should handle rare domain terminology or patterns reliably",
                "Yes, we iterated and scored it, and it still falls short",
                "Yes, and it still falls short, or the examples make every call too long and costly"), answers());
        // a change that leaves the old path drops the answers that no longer apply
        driver.findElements(By.cssSelector(".wizard-change")).get(0).click();
        waitFor(() -> heading().equals("What do you want fine-tuning to change about the model?"));
        choose("It should reason better on hard problems");
        assertEquals("Where does the reasoning break down?", heading());
        assertEquals(List.of("It should reason better on hard problems"), answers());
        noConsoleErrors();
    }

    @Test
    void reloadAndANewTabShowTheSameStep() {
        open("");
        choose("It should stop making things up");
        choose("A mixture of all of these");
        String url = driver.getCurrentUrl();
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector(".wizard-outcome")).isEmpty());
        assertEquals("Validate outputs and ground them with tools and retrieval", heading());
        assertEquals(2, answers().size());
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
        waitFor(() -> !driver.findElements(By.cssSelector(".wizard-outcome")).isEmpty());
        assertEquals("Validate outputs and ground them with tools and retrieval", heading());
        assertEquals(List.of("It should stop making things up", "A mixture of all of these"), answers());
        driver.close();
        driver.switchTo().window(first);
        noConsoleErrors();
    }

    @Test
    void theKeyboardAloneWalksToAnOutcomeAndFocusFollowsTheQuestion() {
        open("");
        Actions keys = new Actions(driver);
        for (int i = 0; i < 60 && !isOption(active()); i++) keys.sendKeys(Keys.TAB).perform();
        assertTrue(isOption(active()), "an option button is reachable with Tab");
        keys.sendKeys(Keys.TAB).perform(); // second option: "It should reason better on hard problems"
        keys.sendKeys(Keys.ENTER).perform();
        waitFor(() -> heading().equals("Where does the reasoning break down?"));
        assertEquals("Where does the reasoning break down?", active().getText(), "focus moves to the new question");
        keys.sendKeys(Keys.TAB).perform();
        keys.sendKeys(Keys.ENTER).perform();
        waitFor(() -> heading().equals("Give the model a tool"));
        assertEquals("Give the model a tool", active().getText());
        String live = driver.findElement(By.cssSelector(".wizard-live")).getAttribute("textContent");
        assertTrue(live.contains("Give the model a tool"), live);
        noConsoleErrors();
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private static boolean isOption(WebElement e) {
        return e.getTagName().equals("button") && e.getAttribute("class").contains("option");
    }

    @Test
    void badFragmentsFallBackQuietly() {
        open("#%E0%A4%A");
        assertEquals("What do you want fine-tuning to change about the model?", heading());
        open("#answers=nope:zzz/__proto__:constructor");
        assertEquals("What do you want fine-tuning to change about the model?", heading());
        assertTrue(driver.findElement(By.cssSelector(".wizard-notice")).isDisplayed());
        open("#answers=goal:reasoning-kind/reasoning-kind:no-such-node");
        assertEquals("Where does the reasoning break down?", heading());
        assertTrue(driver.findElement(By.cssSelector(".wizard-notice")).getText().contains("only the first 1 answer"));
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) driver).executeScript("return 'constructor' in Object.create(null) || ({}).polluted === true"));
        open("#use-rag");
        assertEquals("Use retrieval (RAG), not fine-tuning", heading());
        noConsoleErrors();
    }

    @Test
    void theRecordIsMarkdownWithTheAnswersAndTheOutcome() {
        open("#answers=goal:tried-prompting.2/tried-prompting:build-evals-first");
        ((JavascriptExecutor) driver).executeScript(
                "navigator.clipboard.writeText = function (t) { window.copiedRecord = t; return Promise.resolve(); };");
        stage().findElements(By.cssSelector(".wizard-record button")).get(0).click();
        waitFor(() -> ((JavascriptExecutor) driver).executeScript("return window.copiedRecord") != null);
        String md = (String) ((JavascriptExecutor) driver).executeScript("return window.copiedRecord");
        assertTrue(md.startsWith("# Should we fine-tune?\n"), md);
        assertTrue(md.contains("1. What do you want fine-tuning to change about the model?  \n   **It should be cheaper or faster on a narrow task**"), md);
        assertTrue(md.contains("## Outcome: Build evals before anything else"), md);
        assertTrue(md.contains("- [Measure first, then tune](../../guides/evals-first/index.html)"), md);
        assertTrue(md.contains("### Checklist"), md);
        noConsoleErrors();
    }

    @Test
    void withoutJavaScriptTheTreeIsWalkedByLinks() {
        try (Browser plain = Browser.start(true)) {
            WebDriver d = plain.driver();
            d.get(site.resolve(TREE).toUri().toString());
            assertTrue(d.findElements(By.cssSelector(".wizard-app")).isEmpty());
            d.findElement(By.linkText("Start with the first question")).click();
            d.findElement(By.cssSelector("#goal")).findElement(By.partialLinkText("It should reason better")).click();
            d.findElement(By.cssSelector("#reasoning-kind")).findElement(By.partialLinkText("Arithmetic")).click();
            assertTrue(d.getCurrentUrl().endsWith("#use-tools"), d.getCurrentUrl());
            assertEquals("Give the model a tool",
                    d.findElement(By.cssSelector("#use-tools .node-title")).getText());
        }
    }

    @Test
    void underARealContentSecurityPolicyNothingIsBlocked() throws IOException {
        try (org.waymark.testing.LoopbackSite served = org.waymark.testing.LoopbackSite.serve(site)) {
            driver.get(served.url("decisions/should-we-fine-tune/"));
            waitFor(() -> !driver.findElements(By.cssSelector(".wizard-app")).isEmpty());
            choose("It should know facts from our documents or data");
            assertEquals("Use retrieval (RAG), not fine-tuning", heading());
            driver.findElement(By.cssSelector(".flowchart-box summary")).click();
            List<String> errors = browser.consoleErrors();
            assertEquals(List.of(), errors, "CSP violations or script errors");
        }
    }

    @Test
    void theRecordEscapesContentAndLinksAbsolutelyUnderABaseUrl(@TempDir Path dir) throws IOException {
        Projects.write(dir, java.util.Map.of(
                "content/site.yaml", "title: Test\nbaseUrl: https://kb.example.com/docs\n",
                "content/index.md", "# Home\n\n[Pick](t.yaml)\n",
                "content/t.yaml", """
                        kind: decision
                        title: "Pick *one* [now]"
                        start: a
                        nodes:
                          a:
                            question: "Use <b>bold</b> or _this_?"
                            options:
                              - label: "# Heading-like *star*"
                                next: done
                              - label: Other
                                next: done
                          done:
                            outcome: "Done & dusted"
                            body: "See [home](index.md) and `code`."
                            links: [index.md]
                        """));
        Pipeline.Result r = Projects.build(dir);
        assertTrue(r.ok(), Projects.human(r));
        driver.get(dir.resolve("site/t/index.html").toUri() + "#answers=a:done");
        waitFor(() -> !driver.findElements(By.cssSelector(".wizard-outcome")).isEmpty());
        ((JavascriptExecutor) driver).executeScript(
                "navigator.clipboard.writeText = function (t) { window.copiedRecord = t; return Promise.resolve(); };");
        stage().findElements(By.cssSelector(".wizard-record button")).get(0).click();
        waitFor(() -> ((JavascriptExecutor) driver).executeScript("return window.copiedRecord") != null);
        String md = (String) ((JavascriptExecutor) driver).executeScript("return window.copiedRecord");
        assertTrue(md.startsWith("# Pick \\*one\\* \\[now\\]\n"), md);
        assertTrue(md.contains("Walked through <https://kb.example.com/docs/t/>."), md);
        assertTrue(md.contains("1. Use \\<b\\>bold\\</b\\> or \\_this\\_?  \n   **\\# Heading-like \\*star\\***"), md);
        assertTrue(md.contains("## Outcome: Done \\& dusted"), md);
        assertTrue(md.contains("See [home](https://kb.example.com/docs/index.html) and `code`."), md);
        assertTrue(md.contains("- [Home](https://kb.example.com/docs/index.html)"), md);
        assertEquals("Done & dusted", heading());
        noConsoleErrors();
    }
}
