package org.waymark.render;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** What the content format promises, seen in the built pages. */
class SiteFeaturesTest {
    @TempDir
    Path project;

    private Document page(String file) throws IOException {
        return Jsoup.parse(project.resolve("site").resolve(file).toFile(), "UTF-8");
    }

    @Test
    void markdownFeaturesTitlesOrderDraftsAndSections() throws IOException {
        Projects.write(project, Map.of(
                "content/guides/b.md", "---\ntitle: Bravo\norder: 1\n---\n## Part one\n\n## Part one\n\n## Custom {#mine}\n",
                "content/guides/a.md", "---\ntitle: Alpha\norder: 2\n---\n"
                        + "| h1 | h2 |\n|----|----|\n| x | y |\n\n- [x] done\n- [ ] open\n\n~~old~~ https://example.com\n\n"
                        + "Note[^1].\n\n[^1]: The footnote.\n\n!!! warning \"Careful\"\n    Admonition body.\n\n"
                        + "[bravo](b.md#mine) [two](b.md#part-one-1) [section](../guides/)\n\n![pic](../img/p.png)\n",
                "content/guides/c.md", "# Charlie from the body\n\nText.\n",
                "content/guides/draft.md", "---\ntitle: Secret draft\ndraft: true\n---\nx\n",
                "content/img/p.png", "not really a png",
                "content/deep/er/page.md", "---\ntitle: Deep\n---\n[up](../../guides/a.md)\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));

        Document a = page("guides/a/index.html");
        assertNotNull(a.selectFirst(".prose table th"));
        assertEquals(2, a.select(".prose input[type=checkbox]").size());
        assertNotNull(a.selectFirst(".prose del"));
        assertEquals("https://example.com", a.selectFirst(".prose a[href^=https]").attr("href"));
        assertNotNull(a.selectFirst(".prose .footnotes"));
        assertEquals("Careful", a.selectFirst("aside.admonition-warning .admonition-title").text());
        assertEquals("../b/index.html#mine", a.select(".prose a").stream()
                .filter(e -> e.text().equals("bravo")).findFirst().orElseThrow().attr("href"));
        assertEquals("../b/index.html#part-one-1", a.select(".prose a").stream()
                .filter(e -> e.text().equals("two")).findFirst().orElseThrow().attr("href"));
        assertEquals("../index.html", a.select(".prose a").stream()
                .filter(e -> e.text().equals("section")).findFirst().orElseThrow().attr("href"));
        assertEquals("../../img/p.png", a.selectFirst(".prose img").attr("src"));
        assertTrue(Files.exists(project.resolve("site/img/p.png")), "attachments are copied");

        Document b = page("guides/b/index.html");
        assertEquals(List.of("part-one", "part-one-1", "mine"), b.select(".prose h2").eachAttr("id"));

        Document c = page("guides/c/index.html");
        assertEquals("Charlie from the body", c.selectFirst("h1").text());
        assertEquals(1, c.select("h1").size(), "the body's leading h1 is the page's one h1");

        assertFalse(Files.exists(project.resolve("site/guides/draft/index.html")), "drafts are left out of build");

        // A generated section page lists its entries in order (order, then title).
        Document guides = page("guides/index.html");
        assertEquals(List.of("Bravo", "Alpha", "Charlie from the body"), guides.select(".cards .card-title").eachText());
        // Previous/next follow the same order; breadcrumbs lead home.
        assertEquals("Alpha", b.selectFirst(".pager-next span:last-child").text());
        assertEquals(List.of("Home", "Guides"), a.select(".breadcrumbs a").eachText());
        assertTrue(Files.exists(project.resolve("site/deep/index.html")), "every folder gets a section page");
        assertTrue(Files.exists(project.resolve("site/deep/er/index.html")));
        assertTrue(Files.exists(project.resolve("site/index.html")), "a home page is generated without index.md");
        assertTrue(Files.exists(project.resolve("site/404.html")));
        assertFalse(Files.exists(project.resolve("site/sitemap.xml")), "no sitemap without baseUrl");
        assertTrue(page("index.html").select("link[rel=canonical]").isEmpty());
    }

    @Test
    void draftsAreBuiltOnRequest() throws IOException {
        Projects.write(project, Map.of("content/index.md", "# Home\n", "content/d.md", "---\ntitle: D\ndraft: true\n---\n"));
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(project, project.resolve("site"), true, false, true));
        assertTrue(r.ok(), Projects.human(r));
        assertTrue(Files.exists(project.resolve("site/d/index.html")));
    }

    @Test
    void baseUrlGivesSitemapRobotsAndCanonicalLinks() throws IOException {
        Projects.write(project, Map.of(
                "content/site.yaml", "title: KB\nbaseUrl: https://kb.example.com/llm\nnav: [guides/, index.md]\n",
                "content/index.md", "# Home\n\n[g](guides/g.md)\n",
                "content/guides/g.md", "# G\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        String sitemap = Files.readString(project.resolve("site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://kb.example.com/llm/guides/g/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://kb.example.com/llm/</loc>"), sitemap);
        assertTrue(Files.readString(project.resolve("site/robots.txt"))
                .contains("Sitemap: https://kb.example.com/llm/sitemap.xml"));
        assertEquals("https://kb.example.com/llm/guides/g/", page("guides/g/index.html").selectFirst("link[rel=canonical]").attr("href"));
        // 404.html is served at any depth, so with a baseUrl its links are absolute.
        Document notFound = page("404.html");
        assertEquals("https://kb.example.com/llm/index.html", notFound.selectFirst(".site-title").attr("href"));
        assertTrue(notFound.selectFirst("link[rel=stylesheet]").attr("href").startsWith("https://kb.example.com/llm/assets/"));
        // nav follows site.yaml's order
        assertEquals(List.of("Guides", "Home"), page("index.html").select(".site-nav a").eachText());
    }
}
