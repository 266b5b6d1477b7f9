package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.GeneratedKnowledgeBase;
import org.waymark.testing.Projects;

/**
 * Issue 12, item 9: every CI run builds a generated 2,000-page knowledge base with trees and
 * checklists, so that work that grows faster than the site shows up as a slow CI run rather than
 * in a user's hands. Not timed: it asserts only that the build succeeds and writes every page.
 */
class ScaleGuardTest {
    static final int PAGES = 2_000;

    @TempDir
    Path tmp;

    @Test
    void aTwoThousandPageKnowledgeBaseBuildsCleanly() throws IOException {
        GeneratedKnowledgeBase kb = GeneratedKnowledgeBase.write(tmp, PAGES);
        Pipeline.Result r = Projects.build(tmp);
        assertTrue(r.ok(), r.report().toString());
        assertEquals(java.util.List.of(), r.report().diagnostics(), "the generated content is clean");
        assertEquals(kb.pages(), r.site().pages().size());
        assertEquals(kb.trees(), r.site().trees().size());
        assertEquals(kb.checklists(), r.site().checklists().size());
        Path site = tmp.resolve("site");
        for (int i : new int[] {0, PAGES / 2, PAGES - 1}) {
            String page = GeneratedKnowledgeBase.path(i, PAGES).replace(".md", "/index.html");
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        assertTrue(Files.isRegularFile(site.resolve("decisions/tree-39/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("checklists/list-39/index.html")));
        try (Stream<Path> walk = Files.walk(site.resolve("guides"))) {
            long guides = walk.filter(p -> p.getFileName().toString().startsWith("guide-")).count();
            assertEquals(PAGES * 4 / 5, guides, "one folder per guide page in guides/");
        }
    }
}
