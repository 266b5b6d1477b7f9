package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * A decision record read far from the site: it carries the link that reopens exactly its
 * result, its links are absolute with a baseUrl or plainly said to be relative without one,
 * "Copy link to this result" copies that link, and "Change" keeps the later answers in the
 * address (through a reload) until a new option is picked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionRecordBrowserTest {
    static final String TREE = "decisions/should-we-fine-tune/index.html";
    static final String WALK = "#answers=goal:tried-prompting.2/tried-prompting:tried-few-shot/tried-few-shot:add-few-shot-examples";

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

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void withoutABaseUrlTheRecordCarriesItsResultLinkAndSaysLinksAreRelative() {
        open(site.resolve(TREE).toUri() + WALK, ".wizard-outcome");
        String md = copied(0);
        String page = site.resolve(TREE).toUri().toString();
        assertTrue(md.contains("\nLink to this result: <" + page + WALK + ">.\n"), md);
        assertTrue(md.contains("The site has no `baseUrl`, so the links below are relative to the page this record"
                + " was made on, <" + page + ">."), md);
        assertFalse(md.contains("Walked through"), md);
        // the link reopens exactly this result
        open(page, ".wizard-app");
        assertEquals("What do you want fine-tuning to change about the model?", heading());
        open(link(md), ".wizard-outcome");
        assertEquals("Add few-shot examples before going further", heading());
        assertEquals(3, answers().size());
    }

    @Test
    void copyLinkToThisResultCopiesTheAddressThatReopensIt() {
        open(site.resolve(TREE).toUri() + WALK, ".wizard-outcome");
        WebElement button = driver.findElement(By.cssSelector(".wizard-result-link"));
        assertEquals("Copy link to this result", button.getText());
        String url = copied(button);
        assertEquals(site.resolve(TREE).toUri() + WALK, url);
        assertTrue(driver.findElement(By.cssSelector(".wizard-live")).getAttribute("textContent")
                .contains("Copied the link to this result."));
        open("about:blank", "body");
        open(url, ".wizard-outcome");
        assertEquals("Add few-shot examples before going further", heading());
    }

    @Test
    void anEmbeddedWizardLinksToTheTreesOwnPage() {
        // the default home page embeds the tree; its record's link opens the tree's page, not the home page
        open(site.resolve("index.html").toUri().toString(), "body");
        List<WebElement> embedded = driver.findElements(By.cssSelector("[data-wizard]"));
        assertEquals(1, embedded.size(), "the default home page embeds the wizard");
        String prefix = (String) browser.js("return JSON.parse(arguments[0].querySelector('.wizard-data').textContent).prefix",
                embedded.get(0));
        String key = prefix + "answers";
        open(site.resolve("index.html").toUri() + WALK.replace("#answers", "#" + key), ".wizard-outcome");
        String url = copied(driver.findElement(By.cssSelector(".wizard-result-link")));
        assertEquals(site.resolve(TREE).toUri() + WALK, url);
    }

    @Test
    void withABaseUrlTheResultLinkIsAbsoluteAndNothingIsSaidToBeRelative(@TempDir Path dir) throws IOException {
        Projects.write(dir, Map.of(
                "content/site.yaml", "title: Test\nbaseUrl: https://kb.example.com/docs\n",
                "content/index.md", "# Home\n\n[Pick](t.yaml)\n",
                "content/t.yaml", """
                        kind: decision
                        title: Pick
                        start: a
                        nodes:
                          a:
                            question: Which?
                            options:
                              - label: This
                                next: done
                              - label: That
                                next: done
                          done:
                            outcome: Done
                            links: [index.md]
                        """));
        Pipeline.Result r = Projects.build(dir);
        assertTrue(r.ok(), Projects.human(r));
        open(dir.resolve("site/t/index.html").toUri() + "#answers=a:done.2", ".wizard-outcome");
        String md = copied(0);
        assertTrue(md.contains("Walked through <https://kb.example.com/docs/t/>.\n"
                + "Link to this result: <https://kb.example.com/docs/t/#answers=a:done.2>.\n"), md);
        assertTrue(md.contains("- [Home](https://kb.example.com/docs/index.html)"), md);
        assertFalse(md.contains("relative"), md);
        assertEquals("https://kb.example.com/docs/t/#answers=a:done.2",
                copied(driver.findElement(By.cssSelector(".wizard-result-link"))));
    }

    @Test
    void changeKeepsTheLaterAnswersInTheAddressThroughAReloadUntilANewOptionIsPicked() {
        String start = site.resolve(TREE).toUri().toString();
        String full = "#answers=goal:tried-prompting.2/tried-prompting:tried-few-shot/tried-few-shot:tried-rag";
        open(start + full, ".wizard-app");
        assertEquals("Rung 3: would retrieving material at request time close the gap?", heading());
        driver.findElements(By.cssSelector(".wizard-change")).get(0).click();
        waitFor(() -> heading().equals("What do you want fine-tuning to change about the model?"));
        assertEquals(full + "&change=0", fragment(), "the later answers stay in the address");
        // a reload in the middle of the change loses nothing
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector(".option-previous")).isEmpty());
        assertEquals("What do you want fine-tuning to change about the model?", heading());
        assertEquals("It should be cheaper or faster on a narrow task",
                driver.findElement(By.cssSelector(".option-previous .option-label")).getText());
        // picking a new option ends the change and keeps the answers still on the path
        choose("It should handle rare domain terminology or patterns reliably");
        assertEquals("Rung 3: would retrieving material at request time close the gap?", heading());
        assertEquals("#answers=goal:tried-prompting.3/tried-prompting:tried-few-shot/tried-few-shot:tried-rag",
                fragment());
        assertEquals(3, answers().size());
        // the second answer's Change link names the change in its address, too
        String href = driver.findElements(By.cssSelector(".wizard-change")).get(1).getAttribute("href");
        assertTrue(href.endsWith(fragment() + "&change=1"), href);
    }

    // ---- helpers ----

    private void open(String url, String css) {
        driver.get("about:blank");
        driver.get(url);
        waitFor(() -> !driver.findElements(By.cssSelector(css)).isEmpty());
    }

    private void waitFor(java.util.function.BooleanSupplier ok) {
        new WebDriverWait(driver, Browser.PATIENCE).until(d -> ok.getAsBoolean());
    }

    private String heading() {
        return driver.findElement(By.cssSelector(".wizard-stage .node-title")).getText();
    }

    private List<String> answers() {
        return driver.findElements(By.cssSelector(".wizard-answer-label")).stream().map(WebElement::getText).toList();
    }

    private String fragment() {
        String url = driver.getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash);
    }

    private void choose(String label) {
        String before = heading();
        driver.findElements(By.cssSelector(".wizard-options .option")).stream()
                .filter(b -> b.findElement(By.cssSelector(".option-label")).getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option '" + label + "'")).click();
        waitFor(() -> !heading().equals(before));
    }

    /** What the record tool button {@code index} (0 = Copy as Markdown) puts on the clipboard. */
    private String copied(int index) {
        return copied(driver.findElements(By.cssSelector(".wizard-record button")).get(index));
    }

    private String copied(WebElement button) {
        browser.js("window.copiedText = null; navigator.clipboard.writeText = function (t) {"
                + " window.copiedText = t; return Promise.resolve(); };");
        button.click();
        waitFor(() -> browser.js("return window.copiedText") != null);
        return (String) browser.js("return window.copiedText");
    }

    private static String link(String md) {
        int at = md.indexOf("Link to this result: <") + "Link to this result: <".length();
        return md.substring(at, md.indexOf('>', at));
    }
}
