package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.testing.Browser;
import org.waymark.testing.HostSite;
import org.waymark.testing.LoopbackSite;
import org.waymark.testing.Projects;
import org.waymark.testing.Scratch;

/**
 * Embeds as a wiki shows them, in headless Chromium with two loopback origins: the default
 * knowledge base built with its baseUrl and served on one port (allowing the other as a frame
 * ancestor), and a host page on another port, under a strict CSP of its own, that pastes the
 * snippet the tree or checklist page offers. The frame grows to its content in a 300px column,
 * the wizard and checklist work inside it, the host hears waymark:outcome and
 * waymark:progress, and a frame sandboxed without allow-same-origin (where storage throws)
 * still ticks. No test may leave an error on the console, the frames' included.
 */
class EmbedBrowserTest {
    static final String TREE = "decisions/should-we-fine-tune/index.html";
    static final String LIST = "checklists/fine-tuning-pipeline/index.html";

    static HostSite host;
    static LoopbackSite site;
    static Browser browser;
    static int required;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Browser.assumeAvailable();
        Path project = Scratch.dir("wm-embed-e2e");
        Projects.copy(Projects.repo().resolve("content"), project.resolve("content"));
        host = HostSite.start();
        Path out = Files.createDirectories(project.resolve("site"));
        site = LoopbackSite.serve(out, "'self' " + host.origin());
        Files.writeString(project.resolve("content/site.yaml"),
                Files.readString(project.resolve("content/site.yaml")) + "\nbaseUrl: " + site.url("") + "\n");
        var built = Projects.build(project);
        assertTrue(built.ok(), Projects.human(built));

        String tree = snippet(out.resolve(TREE));
        String list = snippet(out.resolve(LIST));
        required = Integer.parseInt(Jsoup.parse(out.resolve(LIST).toFile()).selectFirst("[data-required]").attr("data-required"));
        String origin = site.url("").replaceAll("/$", "");
        // strict: nothing inline, scripts only from the host itself and the embedded site
        host.csp("default-src 'none'; script-src 'self' " + origin + "; style-src 'self'; frame-src 'self' " + origin)
                .put("host.css", ".column { width: 300px; } iframe { border: 0; display: block; }")
                .put("host.js", """
                        window.received = [];
                        window.raw = []; // every message, whoever sent it
                        window.addEventListener('message', function (e) { window.raw.push(e.data); });
                        ['waymark:outcome', 'waymark:progress'].forEach(function (type) {
                          document.addEventListener(type, function (e) {
                            window.received.push({ type: e.type, on: e.target.tagName, detail: e.detail });
                          });
                        });
                        """)
                .put("wizard.html", page(tree))
                .put("checklist.html", page(list))
                .put("sandboxed.html", page(list.replace("<iframe ", "<iframe sandbox=\"allow-scripts\" ")))
                .put("forged.html", "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Forged</title>"
                        + "<script src=\"forged.js\"></script></head><body><p>Not Waymark.</p></body></html>")
                .put("forged.js", "parent.postMessage({ type: 'waymark:height', version: 1, height: 7 }, '*');"
                        + "parent.postMessage({ type: 'waymark:progress', version: 1, checklist: 'fine-tuning-pipeline',"
                        + " done: 5, required: 7 }, '*');"
                        + "parent.postMessage('forged: end', '*');")
                .put("sandboxed-wizard.html", page(tree.replace("<iframe ", "<iframe sandbox=\"allow-scripts\" ")))
                .put("no-script.html", page(list.substring(0, list.indexOf("<script"))))
                .put("both.html", page(tree + "\n<p>Between the two.</p>\n" + list));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
        if (host != null) host.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theWizardGrowsToItsContentWorksInsideTheFrameAndTellsTheHostItsOutcome() {
        open("wizard.html");
        WebElement frame = frame();
        assertTrue(frame.getAttribute("src").startsWith(site.url("embed/decisions/should-we-fine-tune/")));
        intoFrame(frame);
        waitUntilFits();
        assertEquals(0L, browser.js("return document.querySelectorAll('header, nav, footer').length"),
                "an embed has no site header, navigation or footer");
        List<String> clicked = new ArrayList<>();
        while (driver().findElements(By.cssSelector(".wizard-outcome")).isEmpty()) {
            WebElement option = driver().findElement(By.cssSelector(".wizard-options button.option"));
            clicked.add(option.findElement(By.cssSelector(".option-label")).getText());
            int before = clicked.size() - 1;
            option.click();
            wait(d -> Long.valueOf(before + 1).equals(browser.js("return document.querySelectorAll('.wizard-answer').length"))
                    || !d.findElements(By.cssSelector(".wizard-outcome")).isEmpty());
            assertTrue(clicked.size() < 20, "the walk ends at an outcome");
        }
        waitUntilFits();
        String hash = (String) browser.js("return location.hash");
        assertTrue(hash.startsWith("#answers="), hash);
        // "Open in" opens the tree's own page, beside the host, at this outcome
        String hostWindow = driver().getWindowHandle();
        driver().findElement(By.cssSelector(".embed-open a")).click();
        wait(d -> d.getWindowHandles().size() == 2);
        String opened = driver().getWindowHandles().stream().filter(h -> !h.equals(hostWindow)).findFirst().orElseThrow();
        driver().switchTo().window(opened);
        wait(d -> d.getCurrentUrl().startsWith(site.url(TREE)));
        assertEquals(site.url(TREE) + hash, driver().getCurrentUrl());
        wait(d -> !d.findElements(By.cssSelector(".wizard-outcome")).isEmpty());
        driver().close();
        driver().switchTo().window(hostWindow);
        driver().switchTo().defaultContent();

        List<Map<String, Object>> events = received("waymark:outcome", 1);
        assertEquals(1, events.size(), events.toString());
        Map<String, Object> event = events.get(0);
        assertEquals("IFRAME", event.get("on"));
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) event.get("detail");
        assertEquals("should-we-fine-tune", detail.get("tree"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = (List<Map<String, Object>>) detail.get("answers");
        assertEquals(clicked, answers.stream().map(a -> a.get("answer")).toList());
        assertEquals("goal", answers.get(0).get("question"));
        for (int i = 1; i < answers.size(); i++) {
            assertEquals(answers.get(i - 1).get("next"), answers.get(i).get("question"), "the answers are one path");
        }
        assertEquals(answers.get(answers.size() - 1).get("next"), detail.get("outcome"));
    }

    @Test
    void theChecklistTellsTheHostItsProgress() {
        open("checklist.html");
        intoFrame(frame());
        waitUntilFits();
        driver().switchTo().defaultContent();
        assertEquals(Map.of("checklist", "fine-tuning-pipeline", "done", 0L, "required", (long) required),
                received("waymark:progress", 1).get(0).get("detail"));

        intoFrame(frame());
        driver().findElement(By.cssSelector("[data-item='clean-dataset'] .item-text")).click();
        driver().switchTo().defaultContent();
        List<Map<String, Object>> events = received("waymark:progress", 2);
        assertEquals(List.of(0L, 1L), events.stream().map(e -> ((Map<?, ?>) e.get("detail")).get("done")).toList(),
                "each change once, in order");
        assertEquals(Map.of("checklist", "fine-tuning-pipeline", "done", 1L, "required", (long) required),
                events.get(1).get("detail"));
    }

    @Test
    void aSandboxedWizardIsWalkedToAnOutcomeTheHostHears() {
        open("sandboxed-wizard.html");
        intoFrame(frame());
        waitUntilFits();
        assertEquals("null", browser.js("return window.origin"));
        while (driver().findElements(By.cssSelector(".wizard-outcome")).isEmpty()) {
            int before = driver().findElements(By.cssSelector(".wizard-answer")).size();
            driver().findElement(By.cssSelector(".wizard-options button.option")).click();
            wait(d -> d.findElements(By.cssSelector(".wizard-answer")).size() > before
                    || !d.findElements(By.cssSelector(".wizard-outcome")).isEmpty());
        }
        waitUntilFits();
        driver().switchTo().defaultContent();
        Map<?, ?> detail = (Map<?, ?>) received("waymark:outcome", 1).get(0).get("detail");
        assertEquals("should-we-fine-tune", detail.get("tree"));
    }

    @Test
    void aSandboxedFrameWithoutStorageStillTicksAndIsSized() {
        open("sandboxed.html");
        WebElement frame = frame();
        assertEquals("allow-scripts", frame.getAttribute("sandbox"));
        intoFrame(frame);
        waitUntilFits();
        assertEquals("null", browser.js("return window.origin"), "an opaque origin: storage throws here");
        driver().findElement(By.cssSelector("[data-item='clean-dataset'] .item-text")).click();
        assertTrue(driver().findElement(By.cssSelector("[data-item='clean-dataset'] input[type=checkbox]")).isSelected());
        assertEquals("1 of " + required + " done", driver().findElement(By.cssSelector("[data-progress-text]")).getText());
        assertTrue(driver().findElement(By.cssSelector("[data-note]")).getText().contains("will not be kept"),
                "the reader is told the ticks live only as long as the frame");
        driver().switchTo().defaultContent();
        List<Map<String, Object>> events = received("waymark:progress", 2);
        assertEquals(List.of(0L, 1L), events.stream().map(e -> ((Map<?, ?>) e.get("detail")).get("done")).toList());
    }

    @Test
    void withoutTheScriptTheFrameKeepsItsHeightAndScrolls() {
        open("no-script.html");
        assertEquals(0L, browser.js("return document.scripts.length - 1"), "only the host's own script");
        WebElement frame = frame();
        intoFrame(frame);
        // the frame has posted its height by now (on load), and no one on the host listened
        driver().switchTo().defaultContent();
        assertEquals("640", frame.getAttribute("height"));
        intoFrame(frame);
        assertEquals(640L, browser.js("return window.innerHeight"));
        browser.js("window.scrollTo(0, 300)");
        wait(d -> ((Number) browser.js("return window.scrollY")).intValue() > 0);
        driver().switchTo().defaultContent();
    }

    @Test
    void messagesOfAnotherShapeOrFromAnotherOriginAreIgnored() {
        open("checklist.html");
        intoFrame(frame());
        waitUntilFits();
        driver().switchTo().defaultContent();
        received("waymark:progress", 1);
        String height = frame().getAttribute("height");

        intoFrame(frame());
        // from the real frame, but not in the documented shape
        browser.js("parent.postMessage({ type: 'waymark:height', version: 1, height: 5.5 }, '*');"
                + "parent.postMessage({ type: 'waymark:height', version: 1, height: 1e9 }, '*');"
                + "parent.postMessage({ type: 'waymark:progress', version: 2, checklist: 'x', done: 1, required: 1 }, '*');"
                + "parent.postMessage({ type: 'waymark:outcome', version: 1, tree: 't', outcome: 'Not An Id', answers: [] }, '*');"
                + "parent.postMessage('shape: end', '*');");
        driver().switchTo().defaultContent();
        wait(d -> ((List<?>) browser.js("return window.raw")).contains("shape: end"));
        assertEquals(height, frame().getAttribute("height"));
        assertEquals(1, received("waymark:progress", 1).size());
        assertEquals(List.of(), received("waymark:outcome", 0));

        // the documented shape, from the frame's window after it went to another origin
        intoFrame(frame());
        browser.js("location.href = arguments[0]", host.url("forged.html"));
        driver().switchTo().defaultContent();
        wait(d -> ((List<?>) browser.js("return window.raw")).contains("forged: end"));
        assertEquals(height, frame().getAttribute("height"));
        assertEquals(1, received("waymark:progress", 1).size());
    }

    @Test
    void twoEmbedsOnOnePageEachPastedWithTheScriptAreBothSized() {
        open("both.html");
        assertEquals(2L, browser.js("return document.querySelectorAll('script[src$=\"/embed.js\"]').length"));
        List<WebElement> frames = driver().findElements(By.cssSelector(".column iframe"));
        assertEquals(2, frames.size());
        for (int i = 0; i < 2; i++) {
            intoFrame(driver().findElements(By.cssSelector(".column iframe")).get(i));
            waitUntilFits();
            driver().switchTo().defaultContent();
        }
        assertEquals(1L, browser.js("return window.WaymarkEmbed.sites.length"), "the second copy of the script stands down");
        assertEquals(1, received("waymark:progress", 1).size(), "and the host hears each change once");
    }

    @Test
    void theTreePageCopiesTheSnippetWithItsButton() {
        driver().switchTo().defaultContent();
        browser.open(site.url(TREE));
        browser.js("window.copied = null; navigator.clipboard.writeText = function (t) {"
                + " window.copied = t; return Promise.resolve(); };");
        driver().findElement(By.cssSelector("details.embed-snippet > summary")).click();
        WebElement box = driver().findElement(By.cssSelector("textarea[data-snippet]"));
        String snippet = box.getAttribute("value");
        assertTrue(snippet.startsWith("<iframe src=\"" + site.url("embed/decisions/should-we-fine-tune/")), snippet);
        driver().findElement(By.cssSelector("button[data-copy-snippet]")).click();
        wait(d -> "Copied.".equals(d.findElement(By.cssSelector("[data-snippet-message]")).getText()));
        assertEquals(snippet, browser.js("return window.copied"));
        assertTrue(box.isDisplayed(), "the snippet stays in view after copying");
    }

    // ---- helpers ----

    private static String page(String snippet) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A wiki page</title>"
                + "<link rel=\"stylesheet\" href=\"host.css\"><script src=\"host.js\"></script></head>"
                + "<body><h1>Our wiki</h1><div class=\"column\">" + snippet + "</div></body></html>";
    }

    /** The snippet exactly as a tree or checklist page offers it for copying. */
    private static String snippet(Path page) throws IOException {
        var box = Jsoup.parse(page.toFile()).selectFirst("textarea[data-snippet]");
        assertTrue(box != null, page + " offers no snippet");
        return box.wholeText();
    }

    private static void open(String name) {
        driver().switchTo().defaultContent();
        browser.open(host.url(name));
    }

    private static WebElement frame() {
        return driver().findElement(By.cssSelector(".column iframe"));
    }

    private static void intoFrame(WebElement frame) {
        driver().switchTo().frame(frame);
        wait(d -> Boolean.TRUE.equals(browser.js("return document.readyState === 'complete'"
                + " && !!document.querySelector('.wizard-app, [data-checklist] [data-status]:not([hidden])')")));
    }

    /** Inside a frame: the frame is as tall as its content (embed.js set it) and no wider than its column. */
    private static void waitUntilFits() {
        wait(d -> Boolean.TRUE.equals(browser.js("var b = document.querySelector('.embed-frame').getBoundingClientRect();"
                + " return Math.abs(b.bottom - window.innerHeight) <= 2")));
        assertEquals(300L, browser.js("return window.innerWidth"));
        assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                "nothing is wider than a 300px column");
    }

    /** The host's events of one type, once at least {@code atLeast} have arrived. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> received(String type, int atLeast) {
        String script = "var t = arguments[0]; return window.received.filter(function (e) { return e.type === t; });";
        wait(d -> ((List<?>) browser.js(script, type)).size() >= atLeast);
        return (List<Map<String, Object>>) browser.js(script, type);
    }

    private static void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), Browser.PATIENCE).until(condition::apply);
    }

    private static WebDriver driver() {
        return browser.driver();
    }
}
