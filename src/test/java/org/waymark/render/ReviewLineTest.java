package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** {@code owner} and {@code reviewed} are shown under the title of pages, trees and checklists. */
class ReviewLineTest {
    @TempDir
    Path project;

    @Test
    void ownerAndReviewDateAreShownUnderTheTitle() throws Exception {
        Projects.write(project, Map.of(
                "content/index.md", "---\ntitle: Home\n---\n[q](queues.md) [n](plain.md) [t](tree.yaml) [c](list.yaml)\n",
                "content/queues.md", "---\ntitle: Queues\nowner: the platform team\nreviewed: 2026-03-03\n---\nText.\n",
                "content/plain.md", "---\ntitle: Plain\nowner: <Security & Risk>\n---\nText.\n",
                "content/tree.yaml", "kind: decision\ntitle: T\nreviewed: 2025-12-31\nstart: q\nnodes:\n  q:\n"
                        + "    question: Which?\n    options:\n      - label: A\n        next: o\n      - label: B\n"
                        + "        next: o\n  o:\n    outcome: Done\n",
                "content/list.yaml", "kind: checklist\ntitle: L\nowner: SRE\nreviewed: 2026-01-09\nsections:\n"
                        + "  - items:\n      - text: One\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));

        Element guide = review("queues/index.html");
        assertEquals("Last reviewed 3 March 2026 by the platform team", guide.text());
        assertEquals("2026-03-03", guide.selectFirst("time").attr("datetime"));
        assertEquals("Last reviewed 31 December 2025", review("tree/index.html").text());
        assertEquals("Last reviewed 9 January 2026 by SRE", review("list/index.html").text());
        // an owner alone, escaped as text
        assertEquals("Owner: <Security & Risk>", review("plain/index.html").text());
        assertTrue(page("index.html").select(".review").isEmpty(), "nothing when neither is written");
    }

    private Element review(String file) throws Exception {
        Element e = page(file).selectFirst("article > header .review");
        assertTrue(e != null, "no review line in " + file);
        return e;
    }

    private Document page(String file) throws Exception {
        return Jsoup.parse(project.resolve("site").resolve(file).toFile(), "UTF-8");
    }
}
