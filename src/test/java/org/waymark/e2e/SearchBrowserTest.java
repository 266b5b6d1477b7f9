package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * Search in real Chromium, opened from disk (file://) under the site's CSP: typing, a typo,
 * the keyboard (the ARIA combobox), result links that land on the heading, the tree step or
 * the checklist item, and the A to Z index that stands in for the box without JavaScript.
 */
class SearchBrowserTest {
    @TempDir
    static Path project;
    static Path site;
    static Browser browser;
    static Browser noScript;

    @BeforeAll
    static void setUp() throws IOException {
        Browser.assumeAvailable();
        Projects.write(project, Map.of(
                "content/site.yaml", "title: Platform decisions\n",
                "content/index.md", "# Platform decisions\n\nStart with [caching](guides/caching.md), "
                        + "[queues](guides/queues.md), [storage](decisions/storage.yaml) or [launch](checklists/launch.yaml).\n",
                "content/guides/caching.md", "---\ntitle: Caching responses\nsummary: Keep answers close to readers.\n---\n\n"
                        + "Most pages can be cached for a minute.\n\n## Invalidation strategies\n\n"
                        + "Purge the edge cache when a deploy lands, and version every asset.\n\n"
                        + "## Warm-up\n\nRequest the busiest pages after each deploy.\n",
                "content/guides/queues.md", "---\ntitle: Picking a queue\n---\n\nA queue smooths bursts. "
                        + "Mention of invalidation here is only body text.\n\n## Durable delivery\n\nAcknowledge only after the work is done.\n",
                "content/decisions/storage.yaml", """
                        kind: decision
                        id: storage
                        title: Choosing storage
                        start: transactions
                        nodes:
                          transactions:
                            question: Do you need transactions?
                            options:
                              - label: "Yes"
                                next: postgres
                              - label: "No"
                                next: size
                          size:
                            question: Is the dataset larger than memory?
                            options:
                              - label: "Yes"
                                next: object-store
                                hint: Think of the throughput you need
                              - label: "No"
                                next: postgres
                          postgres:
                            outcome: Use Postgres
                            body: A relational database covers most needs.
                          object-store:
                            outcome: Use an object store
                            body: Keep large blobs in buckets and index them elsewhere.
                        """,
                "content/checklists/launch.yaml", """
                        kind: checklist
                        id: launch
                        title: Before launch
                        sections:
                          - title: Security
                            items:
                              - id: rotate-keys
                                text: Rotate the signing keys
                                detail: Old keys stay valid for a day so sessions survive.
                              - id: backups
                                text: Backups restore cleanly
                        """));
        // Enough words that the index is cut into files by first letters, as a large site's is.
        StringBuilder filler = new StringBuilder("---\ntitle: Word list\n---\n\n");
        for (int i = 0; i < 4000; i++) filler.append("zq").append(Integer.toString(i, 36)).append(i % 12 == 11 ? "\n\n" : " ");
        Projects.write(project, Map.of("content/guides/words.md", filler.toString()));
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

    private static WebDriver driver() {
        return browser.driver();
    }

    private static void waitFor(Supplier<Boolean> condition) {
        new WebDriverWait(driver(), Browser.PATIENCE).until(d -> condition.get());
    }

    private static WebElement box() {
        return driver().findElement(By.cssSelector(".site-search input[role='combobox']"));
    }

    /** Opens a page, types the query into the box and waits until results (or "nothing found") show. */
    private static void search(String page, String query) {
        browser.open(site.resolve(page));
        waitFor(() -> !driver().findElements(By.cssSelector(".site-search input[role='combobox']")).isEmpty());
        box().sendKeys(query);
        waitFor(() -> "true".equals(box().getAttribute("aria-expanded")));
    }

    private static List<WebElement> options() {
        return driver().findElements(By.cssSelector("[role='listbox'] [role='option']"));
    }

    private static String optionTitles() {
        return String.join(" | ", options().stream().map(o -> o.findElement(By.cssSelector(".search-result-title")).getText()).toList());
    }

    @Test
    void typingAWordShowsResultsGroupedByKindWithTheMatchMarked() {
        search("guides/queues/index.html", "invalidation");
        assertTrue(options().size() >= 2, optionTitles());
        // The page whose heading says it comes before the page that only mentions it.
        assertTrue(optionTitles().startsWith("Caching responses"), optionTitles());
        WebElement first = options().get(0);
        assertEquals("Invalidation strategies", first.findElement(By.cssSelector(".search-result-part")).getText());
        assertTrue(first.findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().equalsIgnoreCase("invalidation")));
        List<WebElement> groups = driver().findElements(By.cssSelector("[role='listbox'] > [role='group']"));
        assertEquals("Guides", groups.get(0).findElement(By.cssSelector(".search-group-label")).getAttribute("textContent"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aPrefixFindsWholeWordsAndGroupsSeparateTheKinds() {
        search("index.html", "rot");
        assertTrue(optionTitles().contains("Before launch"), optionTitles());
        search("index.html", "postgr");
        List<WebElement> groups = driver().findElements(By.cssSelector("[role='listbox'] > [role='group']"));
        assertEquals("Decisions", groups.get(0).findElement(By.cssSelector(".search-group-label")).getAttribute("textContent"));
    }

    /** "Warm-up" is found typed as one word, as a reader may spell it. */
    @Test
    void aHyphenatedWordTypedAsOneWordStillFinds() {
        search("index.html", "warmup");
        assertTrue(optionTitles().startsWith("Caching responses"), optionTitles());
        search("index.html", "warm-up");
        assertTrue(optionTitles().startsWith("Caching responses"), optionTitles());
    }

    @Test
    void oneTypoStillFinds() {
        search("index.html", "invalidaiton");
        assertTrue(optionTitles().startsWith("Caching responses"), optionTitles());
        search("index.html", "thoughput");
        assertTrue(optionTitles().contains("Choosing storage"), optionTitles());
    }

    @Test
    void aTypoInTheFirstLettersWhereTheIndexIsCutStillFinds() {
        assertTrue(project.resolve("site/assets/search/w-i.js").toFile().isFile(), "the index is cut by first letter");
        search("index.html", "nivalidation");
        assertTrue(optionTitles().startsWith("Caching responses"), optionTitles());
        search("index.html", "iinvalidation");
        assertTrue(optionTitles().startsWith("Caching responses"), optionTitles());
    }

    /**
     * Types {@code query} one key at a time, each key as soon as the previous key's results
     * show (in the same task, so no pause comes between keys however slow the machine), and
     * resolves once the last key's snippets are in. Returns the index files the page loaded, in
     * order, with "|k" after the results of the k-th key showed.
     */
    private static final String TYPE_KEY_BY_KEY = """
            const [query, done] = arguments;
            const loaded = [];
            new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(n => {
              if (n.tagName === 'SCRIPT' && n.src.includes('/assets/search/')) loaded.push(n.src.replace(/.*[/]assets[/]search[/]/, ''));
            }))).observe(document.head, { childList: true });
            const input = document.querySelector('.site-search input[role="combobox"]');
            const status = document.querySelector('.site-search [role="status"]');
            const list = document.querySelector('.site-search [role="listbox"]');
            let typed = 0;
            const next = () => {
              typed++;
              input.value = query.slice(0, typed);
              input.dispatchEvent(new InputEvent('input', { bubbles: true }));
            };
            const finish = () => list.getAttribute('data-snippets') === 'pending' ? setTimeout(finish, 10) : done(loaded);
            new MutationObserver(() => {
              loaded.push('|' + typed);
              if (typed < query.length) next(); else finish();
            }).observe(status, { childList: true, characterData: true, subtree: true });
            next();
            """;

    @SuppressWarnings("unchecked")
    private static List<String> typeKeyByKey(String page, String query) {
        browser.open(site.resolve(page));
        waitFor(() -> !driver().findElements(By.cssSelector(".site-search input[role='combobox']")).isEmpty());
        driver().manage().timeouts().scriptTimeout(Browser.PATIENCE);
        return (List<String>) browser.driver().executeAsyncScript(TYPE_KEY_BY_KEY, query);
    }

    @Test
    void aLongerPrefixLoadsNoWordFileItsShorterPrefixHasLoaded() {
        List<String> loaded = typeKeyByKey("index.html", "invalidation");
        List<String> words = loaded.stream().filter(f -> f.startsWith("w-")).toList();
        assertEquals(List.of("w-i.js"), words, "one file holds every word that starts with i: " + loaded);
        assertTrue(loaded.indexOf("w-i.js") < loaded.indexOf("|1"), loaded.toString());
        assertTrue(optionTitles().startsWith("Caching responses"), optionTitles());
    }

    @Test
    void snippetTextsLoadOnlyOnceTypingPausesAndTheSnippetIsCutFromThem() {
        List<String> loaded = typeKeyByKey("index.html", "purge");
        int lastKey = loaded.indexOf("|5");
        assertTrue(lastKey > 0, loaded.toString());
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).startsWith("d/")) assertTrue(i > lastKey, "a text loaded before typing paused: " + loaded);
        }
        assertTrue(loaded.subList(0, lastKey).stream().anyMatch(f -> f.startsWith("h/")), "results show from heads: " + loaded);
        assertTrue(loaded.subList(lastKey, loaded.size()).stream().anyMatch(f -> f.startsWith("d/")), loaded.toString());
        WebElement first = options().get(0);
        assertTrue(first.getText().startsWith("Caching responses"), first.getText());
        WebElement snippet = first.findElement(By.cssSelector(".search-result-snippet"));
        assertTrue(snippet.getText().contains("Purge the edge cache"), snippet.getText());
        assertEquals("Purge", snippet.findElement(By.tagName("mark")).getText());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void nothingFoundSaysSoAndOffersTheIndex() {
        search("index.html", "zzyzx");
        assertTrue(options().isEmpty());
        assertTrue(driver().findElement(By.cssSelector(".search-empty")).getText().contains("zzyzx"));
        assertTrue(driver().findElement(By.cssSelector(".search-more a")).isDisplayed());
    }

    @Test
    void enterOnAHeadingResultLandsOnThatHeading() {
        search("index.html", "invalidation");
        box().sendKeys(Keys.ARROW_DOWN);
        assertEquals(options().get(0).getAttribute("id"), box().getAttribute("aria-activedescendant"));
        assertEquals("true", options().get(0).getAttribute("aria-selected"));
        box().sendKeys(Keys.ENTER);
        waitFor(() -> driver().getCurrentUrl().contains("caching/index.html"));
        assertTrue(driver().getCurrentUrl().endsWith("#invalidation-strategies"), driver().getCurrentUrl());
        WebElement heading = driver().findElement(By.id("invalidation-strategies"));
        assertTrue(heading.getText().startsWith("Invalidation strategies"), heading.getText());
        assertTrue((Boolean) browser.js("return document.querySelector(':target') === arguments[0]", heading));
    }

    @Test
    void aTreeResultOpensTheWizardAtThatStep() {
        search("index.html", "throughput");
        options().get(0).click();
        waitFor(() -> driver().getCurrentUrl().contains("storage/index.html#size"));
        waitFor(() -> driver().findElements(By.cssSelector(".tree-nodes > li[data-node='size']")).stream()
                .anyMatch(WebElement::isDisplayed) || driver().findElement(By.tagName("main")).getText()
                .contains("Is the dataset larger than memory?"));
        assertTrue(driver().findElement(By.tagName("main")).getText().contains("Is the dataset larger than memory?"));
        assertFalse(driver().findElement(By.tagName("main")).getText().contains("Do you need transactions?\nYes"),
                "the wizard shows the step, not the first question");
    }

    @Test
    void aChecklistResultLandsOnTheItem() {
        search("index.html", "signing keys");
        assertEquals("Checklists", driver().findElement(By.cssSelector(".search-group-label")).getAttribute("textContent"));
        box().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitFor(() -> driver().getCurrentUrl().endsWith("launch/index.html#rotate-keys"));
        assertTrue((Boolean) browser.js("return document.querySelector(':target') === document.getElementById('rotate-keys')"));
    }

    @Test
    void slashFocusesTheBoxArrowsWrapAndEscapeCloses() {
        browser.open(site.resolve("guides/caching/index.html"));
        waitFor(() -> !driver().findElements(By.cssSelector(".site-search input[role='combobox']")).isEmpty());
        new Actions(driver()).sendKeys(driver().findElement(By.tagName("body")), "/").perform();
        assertEquals(box(), driver().switchTo().activeElement());
        assertEquals("", box().getAttribute("value"), "the slash is not typed into the box");
        box().sendKeys("the");
        waitFor(() -> "true".equals(box().getAttribute("aria-expanded")));
        assertEquals(box().getAttribute("aria-controls"), driver().findElement(By.cssSelector("[role='listbox']")).getAttribute("id"));
        int n = options().size();
        assertTrue(n >= 3, optionTitles());
        box().sendKeys(Keys.ARROW_UP);
        assertEquals(options().get(n - 1).getAttribute("id"), box().getAttribute("aria-activedescendant"));
        box().sendKeys(Keys.ARROW_DOWN);
        assertEquals(options().get(0).getAttribute("id"), box().getAttribute("aria-activedescendant"));
        box().sendKeys(Keys.ESCAPE);
        assertEquals("false", box().getAttribute("aria-expanded"));
        assertFalse(driver().findElement(By.cssSelector(".search-popup")).isDisplayed());
        assertEquals(null, box().getAttribute("aria-activedescendant"));
        box().sendKeys(Keys.ESCAPE);
        assertEquals("", box().getAttribute("value"), "a second Escape clears the box");
    }

    @Test
    void withoutJavaScriptTheBoxIsALinkToTheAToZIndex() {
        noScript.open(site.resolve("guides/queues/index.html"));
        WebDriver d = noScript.driver();
        assertTrue(d.findElements(By.cssSelector("input[role='combobox']")).isEmpty());
        WebElement link = d.findElement(By.cssSelector(".site-search a.search-az"));
        assertTrue(link.isDisplayed());
        link.click();
        assertTrue(d.getCurrentUrl().endsWith("a-z/index.html"), d.getCurrentUrl());
        assertEquals("A to Z", d.findElement(By.tagName("h1")).getText());
        List<String> titles = d.findElements(By.cssSelector(".az-entries a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Before launch", "Caching responses", "Checklists", "Choosing storage", "Decisions",
                "Guides", "Picking a queue", "Word list"), titles);
        d.findElement(By.linkText("Choosing storage")).click();
        assertEquals("Choosing storage", d.findElement(By.tagName("h1")).getText());
    }
}
