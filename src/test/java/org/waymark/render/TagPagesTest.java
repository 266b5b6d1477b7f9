package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** A page per tag, a tag index, and the tags on each page linking to them. */
class TagPagesTest {
    @TempDir
    Path project;

    private Path build(Map<String, String> files) throws IOException {
        Projects.write(project, files);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        return project.resolve("site");
    }

    private static Document read(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static Map<String, String> project() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: Tagged\n");
        files.put("content/guides/a.md", "---\ntitle: Alpha\ntags: [RAG, evals]\n---\nText.\n");
        files.put("content/guides/b.md", "---\ntitle: Beta\ntags: [rag, \"C++ & Go\"]\n---\nText.\n");
        files.put("content/list.yaml", "kind: checklist\ntitle: Ready\ntags: [evals]\nsections:\n  - items:\n      - text: Go\n");
        files.put("content/plain.md", "# Untagged\n");
        return files;
    }

    @Test
    void eachTagHasAPageListingWhatCarriesItAndTheIndexListsEveryTag() throws IOException {
        Path site = build(project());
        Document alpha = read(site.resolve("guides/a/index.html"));
        assertEquals(List.of("RAG", "evals"), alpha.select("ul.tags a").eachText());
        assertEquals(List.of("../../tags/rag/index.html", "../../tags/evals/index.html"),
                alpha.select("ul.tags a").eachAttr("href"));
        // "RAG" and "rag" are one tag, named as first written.
        Document rag = read(site.resolve("tags/rag/index.html"));
        assertEquals("Tagged “RAG”", rag.selectFirst("h1").text());
        assertEquals(List.of("Alpha", "Beta"), rag.select(".card-title").eachText());
        // In reading order: the top folder's entries, then each section's.
        assertEquals(List.of("Ready", "Alpha"), read(site.resolve("tags/evals/index.html")).select(".card-title").eachText());
        Document index = read(site.resolve("tags/index.html"));
        assertEquals(List.of("C++ & Go", "evals", "RAG"), index.select(".tag-list a").eachText());
        assertEquals("c--go/index.html", index.select(".tag-list a").get(0).attr("href"));
        assertEquals(List.of("1 page", "2 pages", "2 pages"), index.select(".tag-count").eachText());
        // Every page links to the index; on the index, that link is the current page.
        assertEquals("../../tags/index.html", alpha.selectFirst(".site-footer a").attr("href"));
        assertEquals("page", index.selectFirst(".site-footer a").attr("aria-current"));
        assertEquals(List.of("Home", "Tags"), rag.select(".breadcrumbs a").eachText());
    }

    @Test
    void aSiteWithoutTagsHasNoTagPages() throws IOException {
        Path site = build(Map.of("content/site.yaml", "title: Plain\n", "content/a.md", "# A\n"));
        assertFalse(Files.exists(site.resolve("tags")));
        assertEquals(null, read(site.resolve("a/index.html")).selectFirst(".site-footer a"));
    }

    @Test
    void contentOfItsOwnUnderTagsKeepsItsPlaceAndTheTagPagesMove() throws IOException {
        Map<String, String> files = project();
        files.put("content/tags/index.md", "# Our tagging policy\n");
        Path site = build(files);
        assertEquals("Our tagging policy", read(site.resolve("tags/index.html")).selectFirst("h1").text());
        assertEquals("Tags", read(site.resolve("tags-1/index.html")).selectFirst("h1").text());
        assertEquals("../../tags-1/rag/index.html", read(site.resolve("guides/a/index.html")).selectFirst("ul.tags a").attr("href"));
    }

    @Test
    void aTagOnMoreThanAHundredPagesIsListedAHundredToAPageLinkedInOrder() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: Tagged\nbaseUrl: https://kb.example.com/\n");
        files.put("content/index.md", "# Tagged\n\nStart at [the first](guides/g-000.md).\n");
        int total = 2 * ListingAddress.PER_PAGE + 5;
        for (int i = 0; i < total; i++) {
            String next = i + 1 < total ? String.format("%n%nNext: [%03d](g-%03d.md).%n", i + 1, i + 1) : "\n";
            files.put(String.format("content/guides/g-%03d.md", i),
                    String.format("---%ntitle: Guide %03d%ntags: [ops]%n---%n%nText.", i) + next);
        }
        Path site = build(files);
        Document first = read(site.resolve("tags/ops/index.html"));
        assertEquals(ListingAddress.PER_PAGE, first.select(".card-title").size());
        assertEquals("Guide 000", first.select(".card-title").first().text());
        assertEquals(total + " pages tagged “ops”", first.selectFirst(".lede").text());
        assertEquals("page/2/index.html", first.selectFirst("nav.pagination a[rel=next]").attr("href"));
        Document last = read(site.resolve("tags/ops/page/3/index.html"));
        assertEquals("Tagged “ops”, page 3 of 3", last.selectFirst("h1").text());
        assertEquals(List.of("Guide 200", "Guide 201", "Guide 202", "Guide 203", "Guide 204"),
                last.select(".card-title").eachText());
        assertEquals("../2/index.html", last.selectFirst("nav.pagination a[rel=prev]").attr("href"));
        assertEquals("3", last.selectFirst("nav.pagination a[aria-current=page]").text());
        assertEquals("../../index.html", last.select("nav.pagination a").stream()
                .filter(a -> a.text().equals("1")).findFirst().orElseThrow().attr("href"));
        assertFalse(Files.exists(site.resolve("tags/ops/page/4")));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("tags/ops/"), sitemap);
        assertFalse(sitemap.contains("tags/ops/page/"), "listing pages are navigation: " + sitemap);
    }
}
