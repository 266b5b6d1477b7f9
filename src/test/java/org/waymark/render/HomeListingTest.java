package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * The home page shows the site's trees and checklists, {@link Listing#HOME_MOST} of each at
 * most, says how many there are, and points to where the rest are; their section lists them
 * all, {@link Listing#PER_PAGE} to a page.
 */
class HomeListingTest {
    @TempDir
    Path project;

    @Test
    void aSiteWithManyTreesShowsSomeOnTheHomePageAndAllInTheirSection() throws IOException {
        Map<String, String> files = new HashMap<>();
        int trees = Listing.PER_PAGE + 6;  // the section's listing runs onto a second page
        for (int i = 0; i < trees; i++) {
            files.put(String.format("content/decide/t%03d.yaml", i), String.format(
                    "kind: decision%ntitle: Tree %03d%nstart: q%nnodes:%n  q:%n    question: Which?%n    options:%n"
                            + "      - {label: This, next: done}%n      - {label: That, next: done}%n  done:%n    outcome: Done%n", i));
        }
        files.put("content/decide/index.md", "# Decide\n");
        files.put("content/lists/one.yaml", "kind: checklist\ntitle: Ship it\nsections:\n  - items:\n      - {id: item-one, text: One}\n");
        files.put("content/index.md", "# Home\n");
        files.put("content/site.yaml", "title: T\nchecks: {WM210: ignore}\n");
        Projects.write(project, files);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));

        Document home = Jsoup.parse(project.resolve("site/index.html").toFile());
        assertEquals(Listing.HOME_MOST, home.select("section[aria-labelledby=home-decisions] .card-title").size());
        String more = home.select("section[aria-labelledby=home-decisions] > p").text();
        assertEquals(Listing.HOME_MOST + " of " + trees + " decision wizards. Find the others in their sections, or in the A to Z index.", more);
        assertEquals("a-z/index.html", home.select("section[aria-labelledby=home-decisions] > p a").attr("href"));
        assertEquals("Tree 000", home.select("section[aria-labelledby=home-decisions] .card-title").first().text());
        assertTrue(home.select("section[aria-labelledby=home-checklists] > p").isEmpty(), "one checklist: no count");
        assertEquals(1, home.select("section[aria-labelledby=home-checklists] .card-title").size());

        Document section = Jsoup.parse(project.resolve("site/decide/index.html").toFile());
        assertEquals(Listing.PER_PAGE, section.select("section[aria-labelledby=listing-decisions] .card-title").size());
        assertEquals("page/2/index.html", section.select(".pagination a[rel=next]").attr("href"));
        Document second = Jsoup.parse(project.resolve("site/decide/page/2/index.html").toFile());
        assertEquals(List.of("Tree 100", "Tree 101", "Tree 102", "Tree 103", "Tree 104", "Tree 105"),
                second.select("section[aria-labelledby=listing-decisions] .card-title").eachText());
        assertEquals("../../index.html", second.select(".pagination a[rel=prev]").attr("href"),
                "a page of trees alone still links to the others");
    }
}
