package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Browser;
import org.waymark.testing.Projects;

/**
 * Issue 12, item 5: {@code build} returns once the new site is in place; the swap stays two
 * renames. The old site is kept as the next build's spare ({@link SpareSiteTest}); any other
 * old site a finished process left is deleted in the background by the next build.
 */
class DiscardedSiteTest {
    @TempDir
    Path project;

    private Pipeline.Result build() throws IOException {
        return Projects.buildAsTheCommandDoes(project);
    }

    @Test
    void theOldSiteIsReplacedWholeAndKeptAsTheSpare() throws IOException {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\nFirst.\n"));
        assertTrue(build().ok());
        Files.writeString(project.resolve("content/index.md"), "---\ntitle: Home\n---\nSecond.\n");
        assertTrue(build().ok());
        assertTrue(Files.readString(project.resolve("site/index.html")).contains("Second."));
        assertTrue(Files.readString(project.resolve(".site.spare/index.html")).contains("First."));
        awaitNoSiblings();
    }

    @Test
    void anOldSiteThatAFinishedProcessLeftIsDeletedByTheNextBuild() throws IOException {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\nHello.\n"));
        long gone = ProcessHandle.current().pid() + 1_000_000_000L;  // no such process
        Path left = project.resolve(".site.discarded-" + gone + "-x");
        Projects.write(left, Map.of("guide/index.html", "old", "index.html", "old"));
        assertTrue(Projects.build(project).ok());  // deleting now
        assertTrue(Files.notExists(left));
        // With a spare already there, another old site is not kept: it is deleted in the background.
        Projects.write(project.resolve(".site.spare"), Map.of("index.html", "spare"));
        Projects.write(left, Map.of("guide/index.html", "old"));
        assertTrue(build().ok());
        awaitNoSiblings();
    }

    @Test
    void aDiscardedSiteOfARunningProcessIsLeftAlone() throws IOException {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\nHello.\n"));
        Path mine = project.resolve(".site.discarded-" + ProcessHandle.current().pid() + "-busy");
        Projects.write(mine, Map.of("index.html", "old"));
        assertTrue(Projects.build(project).ok());
        assertTrue(Files.exists(mine.resolve("index.html")), "another build may still be deleting it");
    }

    /** Waits until no folder but site/, its spare and content/ is left beside them (the background delete is done). */
    private void awaitNoSiblings() throws IOException {
        long deadline = System.nanoTime() + Browser.PATIENCE.toNanos();
        List<String> left;
        do {
            try (Stream<Path> list = Files.list(project)) {
                left = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site"))
                        .filter(n -> !n.equals(".site.cache") && !n.equals(".site.links") && !n.equals(".site.scans") && !n.equals(".site.search") && !n.equals(".site.spare")).toList();  // both stay, by design
            }
            if (left.isEmpty()) return;
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        assertEquals(List.of(), left, "the old site is deleted");
    }
}
