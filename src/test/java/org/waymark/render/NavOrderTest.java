package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * site.yaml's nav orders everything, not only the header: previous and next, the home page's
 * sections and the section lists follow it; what nav does not name follows, in the usual order.
 */
class NavOrderTest {
    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", """
                title: Ordered
                nav:
                  - index.md
                  - guides/
                  - path: decisions/pick.yaml
                    label: Wizard
                  - checklists/
                  - url: https://status.example.com/
                    label: Status
                """);
        files.put("content/index.md", "# Ordered\n");
        files.put("content/guides/index.md", "# Guides\n");
        files.put("content/guides/alpha.md", "# Alpha\n");
        files.put("content/guides/zulu.md", "# Zulu\n");
        files.put("content/decisions/index.md", "# Decisions\n");
        files.put("content/decisions/another.yaml", tree("Another"));
        files.put("content/decisions/pick.yaml", tree("Pick"));
        files.put("content/checklists/index.md", "# Checklists\n");
        files.put("content/checklists/ready.yaml", "kind: checklist\ntitle: Ready\nsections:\n  - items:\n      - text: Go\n");
        files.put("content/appendix/index.md", "# Appendix\n");
        Projects.write(project, files);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        site = project.resolve("site");
    }

    private static String tree(String title) {
        return "kind: decision\ntitle: " + title + "\nstart: q\nnodes:\n  q:\n    question: Which?\n    options:\n"
                + "      - label: A\n        next: a\n      - label: B\n        next: b\n"
                + "  a:\n    outcome: A\n  b:\n    outcome: B\n";
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
    }

    @Test
    void nextFromHomeWalksTheSectionsInNavOrder() throws IOException {
        List<String> walked = new ArrayList<>();
        String file = "index.html";
        for (int i = 0; i < 20; i++) {
            Document d = page(file);
            walked.add(d.selectFirst("h1").text());
            Element next = d.selectFirst(".pager-next");
            if (next == null) break;
            file = site.relativize(site.resolve(file).getParent().resolve(next.attr("href")).normalize()).toString();
        }
        // The tree nav names comes before its sibling; the appendix, not in nav, comes last.
        assertEquals(List.of("Ordered", "Guides", "Alpha", "Zulu", "Decisions", "Pick", "Another", "Checklists",
                "Ready", "Appendix"), walked);
    }

    @Test
    void theHomePageListsTheSectionsInNavOrder() throws IOException {
        assertEquals(List.of("Guides", "Decisions", "Checklists", "Appendix"),
                page("index.html").select("#home-sections ~ .cards .card-title").eachText());
        assertEquals(List.of("Pick", "Another"), page("decisions/index.html").select(".sidebar li a").eachText());
        assertEquals(List.of("Home", "Guides", "Wizard", "Checklists", "Status"),
                page("index.html").select(".site-nav a").eachText());
    }
}
