package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * What a host needs from the build (docs/embedding.md): an embed page per tree and checklist at
 * the contract path embed/<path>/index.html, site/embed.js, and, with a baseUrl, the snippet on
 * each page and an oEmbed file announced by the page; without a baseUrl, the page says so.
 */
class EmbedPagesTest {
    static final String TITLE = "Pick \"one\" <fast> & well";

    @TempDir
    Path project;

    private void write(String siteYaml) throws IOException {
        Projects.write(project, Map.of(
                "content/site.yaml", siteYaml,
                "content/index.md", "# Home\n\n[pick](ops/pick.yaml) [list](ready.yaml) [a guide](guide.md)\n",
                "content/guide.md", "# A guide\n",
                "content/ops/pick.yaml", "kind: decision\ntitle: '" + TITLE + "'\nstart: a\nnodes:\n  a:\n"
                        + "    question: Q?\n    options:\n      - label: Yes\n        next: b\n      - label: No\n"
                        + "        next: b\n  b:\n    outcome: Done\n    body: See [the guide](../guide.md).\n",
                "content/ready.yaml", "kind: checklist\nid: ready-list\ntitle: Ready\nsections:\n  - title: S\n"
                        + "    items:\n      - text: Do it\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
    }

    private Document page(String file) throws IOException {
        return Jsoup.parse(site(file).toFile(), "UTF-8");
    }

    private Path site(String file) {
        return project.resolve("site").resolve(file);
    }

    @Test
    void everyTreeAndChecklistHasAChromelessEmbedPageAtTheContractPath() throws IOException {
        write("title: Our KB\n");
        for (String[] doc : new String[][] {{"embed/ops/pick/index.html", "../../../ops/pick/index.html"},
                {"embed/ready/index.html", "../../ready/index.html"}}) {
            Document embed = page(doc[0]);
            assertTrue(embed.select("header, nav, footer, .site-header, .site-footer").isEmpty(), doc[0]);
            Element open = embed.selectFirst("a.embed-open, .embed-open a");
            assertNotNull(open, doc[0]);
            assertEquals("Open in Our KB", open.text());
            assertEquals(doc[1], open.attr("href"));
            assertEquals("_blank", open.attr("target"), "a link out of the frame opens beside the host page");
            assertEquals("noindex", embed.selectFirst("meta[name=robots]").attr("content"));
            assertEquals(1, embed.select("h1").size());
        }
        Document tree = page("embed/ops/pick/index.html");
        assertNotNull(tree.selectFirst("[data-wizard], .wizard"), "the wizard itself");
        for (Element a : tree.select("a[href]")) {
            if (!a.attr("href").startsWith("#")) assertEquals("_blank", a.attr("target"), a.outerHtml());
        }
        assertNotNull(page("embed/ready/index.html").selectFirst("[data-checklist]"));
        assertTrue(Files.readString(site("embed.js")).contains("waymark:height"), "site/embed.js, under its own name");
        assertFalse(Files.exists(site("embed/ops/pick/oembed.json")), "oEmbed needs absolute addresses");
    }

    @Test
    void withoutABaseUrlTheSnippetAreaSaysItIsNeeded() throws IOException {
        write("title: Our KB\n");
        for (String file : new String[] {"ops/pick/index.html", "ready/index.html"}) {
            Document doc = page(file);
            Element area = doc.selectFirst("details.embed-snippet");
            assertNotNull(area, file);
            assertNull(area.selectFirst("textarea"), file);
            assertTrue(area.text().contains("set baseUrl in site.yaml"), area.text());
            assertNull(doc.selectFirst("link[type=application/json+oembed]"), file);
        }
    }

    @Test
    void withABaseUrlThePagesOfferTheSnippetAndAnnounceTheOEmbedFile() throws IOException {
        write("title: Our KB\nbaseUrl: https://kb.example.com/llm/\n");
        String expected = "<iframe src=\"https://kb.example.com/llm/embed/ops/pick/\" title=\"Pick &quot;one&quot; &lt;fast&gt; "
                + "&amp; well (decision wizard)\" loading=\"lazy\" width=\"100%\" height=\"640\" allow=\"clipboard-write\">"
                + "</iframe>\n<script src=\"https://kb.example.com/llm/embed.js\" async></script>";
        Document tree = page("ops/pick/index.html");
        String snippet = tree.selectFirst("details.embed-snippet textarea[data-snippet]").wholeText();
        assertEquals(expected, snippet);
        Element frame = Jsoup.parseBodyFragment(snippet).selectFirst("iframe");
        assertEquals(TITLE + " (decision wizard)", frame.attr("title"), "the title survives its escaping");
        assertNotNull(tree.selectFirst("button[data-copy-snippet]"));

        Element link = tree.selectFirst("link[rel=alternate][type=application/json+oembed]");
        assertEquals("https://kb.example.com/llm/embed/ops/pick/oembed.json", link.attr("href"));
        JsonNode oembed = new ObjectMapper().readTree(site("embed/ops/pick/oembed.json").toFile());
        assertEquals("1.0", oembed.get("version").asText());
        assertEquals("rich", oembed.get("type").asText());
        assertEquals(TITLE, oembed.get("title").asText());
        assertEquals("Our KB", oembed.get("provider_name").asText());
        assertEquals("https://kb.example.com/llm/", oembed.get("provider_url").asText());
        assertEquals(expected, oembed.get("html").asText());
        assertTrue(oembed.get("width").isInt() && oembed.get("height").asInt() == 640, oembed.toString());

        String list = page("ready/index.html").selectFirst("textarea[data-snippet]").wholeText();
        assertTrue(list.startsWith("<iframe src=\"https://kb.example.com/llm/embed/ready/\" title=\"Ready (checklist)\""), list);
        assertTrue(Files.exists(site("embed/ready/oembed.json")));
        assertEquals("https://kb.example.com/llm/ops/pick/", page("embed/ops/pick/index.html")
                .selectFirst("link[rel=canonical]").attr("href"), "the embed's canonical page is the tree's own");
        assertFalse(Files.readString(site("sitemap.xml")).contains("/embed/"), "embed pages are not for search engines");
        assertNull(page("guide/index.html").selectFirst("details.embed-snippet, link[type=application/json+oembed]"),
                "only trees and checklists are embedded");
    }
}
