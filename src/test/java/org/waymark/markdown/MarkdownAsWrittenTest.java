package org.waymark.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Markdown means what CommonMark says it means, and links are judged as the browser will see them. */
class MarkdownAsWrittenTest {
    @TempDir
    Path project;

    private Pipeline.Result build(Map<String, String> files) throws IOException {
        Projects.write(project, files);
        return Projects.build(project);
    }

    /** The built page, without the theme's anchor link on each heading (what the text wrote is what is tested). */
    private Document page(String file) throws IOException {
        Document page = Jsoup.parse(project.resolve("site").resolve(file).toFile(), "UTF-8");
        page.select("a.heading-anchor").remove();
        return page;
    }

    private static String page(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body;
    }

    @Test
    void emailAutolinksAreMailtoLinks() throws IOException {
        Pipeline.Result r = build(Map.of("content/index.md", page("Home",
                "Write to <foo@bar.example.com> or support@example.com.\n\n[x](foo@bar.example.com)\n")));
        // The relative link to a file named like the address is refused; the autolinks are not links to files.
        assertFalse(r.ok());
        assertEquals(List.of("content/index.md:6:1 WM201"), located(r));
        Files.writeString(project.resolve("content/index.md"), page("Home",
                "Write to <foo@bar.example.com> or support@example.com.\n"));
        assertTrue(Projects.build(project).ok());
        assertEquals(List.of("mailto:foo@bar.example.com", "mailto:support@example.com"),
                page("index.html").select(".prose a").eachAttr("href"));
    }

    @Test
    void anUnmatchedBracketIsText() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/index.md", page("Home", "See [RFC 1234], [1] and [x]; [foo] too.\n"),
                "content/foo", "a file whose name is a word of the page"));
        assertTrue(r.ok(), Projects.human(r));
        Element prose = page("index.html").selectFirst(".prose");
        assertEquals("See [RFC 1234], [1] and [x]; [foo] too.", prose.text());
        assertTrue(prose.select("a").isEmpty(), prose.html());
    }

    @Test
    void aLeadingHeadingStaysWhenTheFrontMatterGivesTheTitle() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/index.md", page("Home", "# foo *bar* \\*baz\\*\n\n[to it](#foo-bar-baz) [intro](guide.md#intro)\n"),
                "content/guide.md", page("Guide", "# Intro\n\nText.\n")));
        assertTrue(r.ok(), Projects.human(r));
        Element h2 = page("index.html").selectFirst(".prose h2");
        assertEquals("foo bar *baz*", h2.text());
        assertEquals("foo-bar-baz", h2.id());
        assertEquals("intro", page("guide/index.html").selectFirst(".prose h2").id());
    }

    @Test
    void theTitleHeadingHasNoAnchorAndALinkToItSaysSo() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/index.md", page("Home", "[intro](guide.md#intro)\n"),
                "content/guide.md", "# Intro\n\n## Later\n"));
        assertFalse(r.ok());
        assertEquals(List.of("content/index.md:4:1 WM202"), located(r));
        assertTrue(Projects.human(r).contains("is the page's title"), Projects.human(r));
    }

    @Test
    void targetsAreDecodedOnceBeforeTheyAreLookedUp() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/index.md", page("Home", "[a](g/a\\_b.md) [b](g/caf&eacute;.md) [c](g/caf%C3%A9.md)"
                        + " [d](/bar\\* \"ti\\*tle\") [e](f&amp;ouml;.txt) [f](foo\\)\\:) [top](#)\n"),
                "content/g/a_b.md", page("A b", "x\n"),
                "content/g/café.md", page("Café", "x\n"),
                "content/bar*", "x",
                "content/f&ouml;.txt", "x",
                "content/foo):", "x"));
        assertTrue(r.ok(), Projects.human(r));
        List<String> hrefs = page("index.html").select(".prose a").eachAttr("href");
        assertEquals(List.of("g/a_b/index.html", "g/caf%C3%A9/index.html", "g/caf%C3%A9/index.html", "bar*",
                "f&ouml;.txt", "foo):", "#"), hrefs, "and a bare '#' is the '#' the content wrote");
        assertEquals("ti*tle", page("index.html").select(".prose a").get(3).attr("title"));
    }

    @Test
    void anEntityInATargetIsDecodedAsTheBrowserWill() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/index.md", page("Home", "[x](f&ouml;&ouml;)\n"),
                "content/f&ouml;&ouml;", "a file named with the entity's letters"));
        assertFalse(r.ok(), "the page would link to föö, which does not exist");
        assertTrue(Projects.human(r).contains("looked for content/föö"), Projects.human(r));
    }

    @Test
    void bracesAreTextExceptAnIdAtTheEndOfAHeading() throws IOException {
        Pipeline.Result r = build(Map.of("content/index.md", page("Home",
                "## Decisions {#decided}\n\n- **Decision:** {Solution chosen to proceed with}\n\n"
                        + "Use the {placeholder} value here.\n\nOne {one two} and {#not-an-id} in prose.\n\n"
                        + "[back](#decided)\n")));
        assertTrue(r.ok(), Projects.human(r));
        Element prose = page("index.html").selectFirst(".prose");
        assertEquals("decided", prose.selectFirst("h2").id());
        assertEquals("Decisions", prose.selectFirst("h2").text());
        assertEquals("Decision: {Solution chosen to proceed with}", prose.selectFirst("li").text());
        assertTrue(prose.selectFirst("li").attributes().isEmpty());
        assertTrue(prose.text().contains("Use the {placeholder} value here."));
        assertTrue(prose.text().contains("One {one two} and {#not-an-id} in prose."));
    }

    @Test
    void telLinksAreAllowedAndFtpIsRefusedWithAHint() throws IOException {
        Pipeline.Result r = build(Map.of("content/index.md", page("Home",
                "Call [support](tel:+44-20-7946-0000).\n\n[files](ftp://files.example.com/a.zip)\n")));
        assertFalse(r.ok());
        assertEquals(List.of("content/index.md:6:1 WM204"), located(r));
        assertTrue(Projects.human(r).contains("https://"), Projects.human(r));
        Files.writeString(project.resolve("content/index.md"), page("Home", "Call [support](tel:+44-20-7946-0000).\n"));
        assertTrue(Projects.build(project).ok());
        assertEquals("tel:+44-20-7946-0000", page("index.html").selectFirst(".prose a").attr("href"));
    }

    @Test
    void codeSpansKeepTheirInnerSpaces() throws IOException {
        Pipeline.Result r = build(Map.of("content/index.md", page("Home", "`` ` `` and `a  b` and ` ` and `  x  `\n")));
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(List.of("`", "a  b", " ", " x "),
                page("index.html").select(".prose code").stream().map(Element::wholeText).toList());
    }

    @Test
    void aTextareasTextIsNotMarkdown() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/site.yaml", "title: T\ntrustHtml: true\n",
                "content/index.md", page("Home", "<textarea>\n\n*foo*\n\n_bar_\n\n</textarea>\n\nAfter.\n")));
        assertTrue(r.ok(), Projects.human(r));
        Element prose = page("index.html").selectFirst(".prose");
        assertEquals("\n*foo*\n\n_bar_\n\n", prose.selectFirst("textarea").wholeText());
        assertEquals("After.", prose.selectFirst("p").text());
    }

    @Test
    void linksTheCleanerRemovesAreNotHeldToExist() throws IOException {
        String body = "<responsive-image src=\"missing.png\"></responsive-image>\n\n<object data=\"missing.bin\"></object>\n";
        Pipeline.Result r = build(Map.of("content/index.md", page("Home", body)));
        assertTrue(r.ok(), Projects.human(r));
        assertTrue(Projects.human(r).contains("WM215"), "the removal is reported");
        // A site that trusts raw HTML writes them as they are, so there they must resolve.
        Files.writeString(project.resolve("content/site.yaml"), "title: T\ntrustHtml: true\n");
        Pipeline.Result trusted = Projects.build(project);
        assertFalse(trusted.ok());
        assertEquals(List.of("content/index.md:4:1 WM201", "content/index.md:6:1 WM201"), located(trusted));
    }

    @Test
    void commentsInstructionsAndCdataAreKeptAsTheyAreWithoutAWarning() throws IOException {
        Pipeline.Result r = build(Map.of("content/index.md", page("Home",
                "<!-- markdownlint-disable -->\n\na <!-- note -- with dashes --> b <?php echo 1; ?> c <![CDATA[x]]> d"
                        + " <!ELEMENT br EMPTY> <span onclick=\"x()\">e</span>\n")));
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(List.of("onclick attribute on <span>"), r.report().diagnostics().stream()
                .map(d -> d.message().replace("raw HTML: the ", "").replace(" is removed from the page", "")).toList());
        Element prose = page("index.html").selectFirst(".prose");
        List<String> comments = new java.util.ArrayList<>();
        prose.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.LeafNode && !(node instanceof org.jsoup.nodes.TextNode)) {
                comments.add(node.outerHtml());
            }
        });
        // As a browser reads them: the instruction, CDATA and declaration are comments to it too.
        assertEquals(List.of("<!-- markdownlint-disable -->", "<!-- note -- with dashes -->", "<?php echo 1; ?>",
                "<!--[CDATA[x]]-->", "<!--ELEMENT br EMPTY-->"), comments);
        assertEquals("a b c d e", prose.text().replaceAll("\\s+", " ").strip());
    }

    @Test
    void aTrustedScriptIsReportedAtItsContentLine() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/site.yaml", "title: T\ntrustHtml: true\n",
                "content/index.md", page("Home", "Text.\n\n<div>\n<script>alert(1)</script>\n<p onclick=\"x()\">p</p>\n</div>\n")));
        assertFalse(r.ok());
        assertEquals(List.of("content/index.md:7:1 WM405", "content/index.md:8:1 WM405"), located(r));
        assertTrue(r.report().diagnostics().stream().noneMatch(d -> d.path().startsWith("templates/")), Projects.human(r));
    }

    @Test
    void aContentFileNamedWithABackslashBuilds() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/index.md", page("Home", "[odd](a\\\\b.md) [odder](%5Cx.md)\n"),
                "content/a\\b.md", page("Odd", "x\n"),
                "content/\\x.md", page("Odder", "x\n")));
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(List.of("a%5Cb/index.html", "%5Cx/index.html"), page("index.html").select(".prose a").eachAttr("href"));
        assertTrue(Files.exists(project.resolve("site/a\\b/index.html")));
        assertTrue(Files.exists(project.resolve("site/\\x/index.html")));
    }

    @Test
    void aLinkToAnAttachmentKeepsItsFragment() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/guides/g.md", page("G", "[page 3](../doc.pdf#page=3)\n"),
                "content/doc.pdf", "%PDF"));
        assertTrue(r.ok(), Projects.human(r));
        assertEquals("../../doc.pdf#page=3", page("guides/g/index.html").selectFirst(".prose a").attr("href"));
    }

    @Test
    void aLoweredRuleWritesTheTextWithoutADeadLink() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/site.yaml", "title: T\nchecks: {WM201: warning, WM204: warning}\n",
                "content/index.md", page("Home", "[gone](missing.md) and [bad](javascript:alert(1)) and ![img](no.png)\n")));
        assertTrue(r.ok(), Projects.human(r));
        Element prose = page("index.html").selectFirst(".prose");
        assertEquals("gone and bad and", prose.text().strip());
        for (Element e : prose.select("a, img")) {
            assertFalse(e.hasAttr("href") || e.hasAttr("src"), e.outerHtml());
        }
        assertNotNull(prose.selectFirst("img[alt=img]"));
    }

    @Test
    void aHeadingNeverTakesAnIdThePageAlreadyHas() throws IOException {
        Pipeline.Result r = build(Map.of("content/index.md", page("Home",
                "## Main\n\nText[^1].\n\n## Fn 1\n\n## Main\n\n[^1]: Note.\n")));
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(List.of("main-1", "fn-1-1", "main-2"), page("index.html").select(".prose h2").eachAttr("id"));
    }

    @Test
    void aFaultTheVerifierFindsInContentIsReportedAtTheContent() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/site.yaml", "title: T\nchecks: {WM202: warning}\n",
                "content/index.md", page("Home", "Text.\n\n[gone](guide.md#gone) and ## Main {#main}\n\n## Main {#main}\n\n"
                        + "<h1>Raw</h1>\n"),
                "content/guide.md", page("Guide", "x\n")));
        assertFalse(r.ok());
        assertEquals(List.of("content/index.md:6:1 WM401", "content/index.md:8:1 WM402", "content/index.md:10:1 WM403"),
                located(r));
    }

    @Test
    void anEmbedBesideRawHtmlIsNotCleaned() throws IOException {
        Pipeline.Result r = build(Map.of(
                "content/index.md", page("Home", "Press <kbd>K</kbd>.\n\n```embed\ntree.yaml\n```\n"),
                "content/tree.yaml", "kind: decision\ntitle: Pick\nstart: q\nnodes:\n  q:\n    question: Which?\n"
                        + "    options:\n      - {label: A, next: a}\n      - {label: B, next: b}\n"
                        + "  a: {outcome: Take A}\n  b: {outcome: Take B}\n"));
        assertTrue(r.ok(), Projects.human(r));
        Document home = page("index.html");
        Document tree = page("tree/index.html");
        // The theme's embed keeps what the cleaner would strip from content (data attributes, its JSON).
        Element embed = home.selectFirst(".prose .embed:has([data-wizard])");
        assertNotNull(embed);
        assertEquals(tree.select(".tree-node[data-node]").size(), embed.select("[data-node]").size());
        assertFalse(embed.select("[data-node]").isEmpty());
    }

    /** "path:line:column CODE" of each error. */
    private static List<String> located(Pipeline.Result r) {
        return r.report().diagnostics().stream().filter(d -> d.isError())
                .map(d -> d.path() + ":" + d.line() + ":" + d.column() + " " + d.code().id()).toList();
    }
}
