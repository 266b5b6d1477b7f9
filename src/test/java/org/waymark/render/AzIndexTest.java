package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * The A to Z index: one page while the site is small; past {@link AzIndex#ONE_PAGE} entries, a
 * page of letters and a page per letter, continued after {@link AzIndex#PER_PAGE} entries, which
 * together list every entry once, in order.
 */
class AzIndexTest {
    @TempDir
    Path project;

    @Test
    void aSmallSiteListsEverythingOnOnePage() throws IOException {
        Projects.write(project, Map.of("content/index.md", "# Home\n\n[B](b.md) [A](a.md)\n",
                "content/a.md", "# Apple\n", "content/b.md", "# banana\n"));
        assertTrue(Projects.build(project).ok());
        Document az = Jsoup.parse(project.resolve("site/a-z/index.html").toFile());
        assertEquals(List.of("Apple", "banana"), az.select(".az-entries a").eachText());
        assertEquals(List.of("#letter-41", "#letter-42"), az.select(".az-letters a").eachAttr("href"));
        assertFalse(Files.exists(project.resolve("site/a-z/a")));
    }

    @Test
    void aLargeSiteHasAPagePerLetterThatTogetherListEveryEntryOnce() throws IOException {
        Map<String, String> files = new HashMap<>();
        List<String> titles = new ArrayList<>();
        StringBuilder home = new StringBuilder("# Home\n\n");
        int b = AzIndex.PER_PAGE + 20;  // two pages of B
        for (int i = 0; i < b + 40; i++) {
            String title = (i < b ? "Bravo " : "Charlie ") + String.format("%04d", i);
            titles.add(title);
            files.put("content/g/p" + i + ".md", "# " + title + "\n");
        }
        for (String odd : List.of("Émile", "Жук", "1st steps")) {
            titles.add(odd);
            files.put("content/" + (odd.hashCode() & 0xffff) + ".md", "# " + odd + "\n");
        }
        files.put("content/g/index.md", "# Guides\n");
        files.put("content/index.md", home.toString());
        files.put("content/site.yaml", "title: Big\nbaseUrl: https://kb.example.com/\nchecks: {WM210: ignore}\n");
        Projects.write(project, files);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        Path site = project.resolve("site");

        Document az = Jsoup.parse(site.resolve("a-z/index.html").toFile());
        assertTrue(az.select(".az-entries").isEmpty(), "the letters only");
        assertEquals(List.of("other/index.html", "b/index.html", "c/index.html", "e/index.html", "g/index.html",
                "u416/index.html"), az.select(".az-letters a").eachAttr("href"));
        assertEquals("B (" + b + ")", az.select(".az-letters a").get(1).text());

        List<String> listed = new ArrayList<>();
        for (Element letter : az.select(".az-letters a")) {
            Path page = site.resolve("a-z").resolve(letter.attr("href"));
            while (page != null) {
                Document d = Jsoup.parse(page.toFile());
                assertEquals("true", d.select("header a.search-az").attr("aria-current"), page.toString());
                assertEquals(d.select(".pagination a[rel=prev]").isEmpty() ? "page" : "true",
                        d.select(".az-letters a[aria-current]").attr("aria-current"), "this page, or where it is");
                assertEquals(letter.ownText(), d.select(".az-letters a[aria-current]").text());
                assertTrue(d.select(".az-entries li").size() <= AzIndex.PER_PAGE);
                listed.addAll(d.select(".az-entries a").eachText());
                String next = d.select(".pagination a[rel=next]").attr("href");
                page = next.isEmpty() ? null : page.getParent().resolve(next).normalize();
            }
        }
        List<String> expected = new ArrayList<>(titles);
        expected.add("Guides");
        expected.sort(java.text.Collator.getInstance(java.util.Locale.ROOT));
        // "#" first, then letter by letter, each by title: here the titles' own order
        assertEquals("1st steps", listed.get(0));
        assertEquals(expected, listed);
        assertEquals(AzIndex.PER_PAGE, Jsoup.parse(site.resolve("a-z/b/index.html").toFile()).select(".az-entries li").size());
        assertEquals(20, Jsoup.parse(site.resolve("a-z/b/page/2/index.html").toFile()).select(".az-entries li").size());

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("a-z/b/"), "a letter's first page is listed");
        assertFalse(sitemap.contains("a-z/b/page/2/"), "its later pages are not");
    }
}
