package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

class FailedBuildTest {
    @TempDir
    Path project;

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\nSee [guide](guide.md).\n",
                "content/guide.md", "---\ntitle: Guide\n---\n## Part\n"));
        assertTrue(Projects.build(project).ok());
        Map<String, String> before = snapshot(project.resolve("site"));
        assertTrue(before.containsKey("guide/index.html"));

        Files.writeString(project.resolve("content/guide.md"), "---\ntitel: Guide\n---\n[x](missing.md)\n");
        var r = Projects.build(project);
        assertFalse(r.ok());
        assertTrue(r.report().errors() >= 2, Projects.human(r));
        assertEquals(before, snapshot(project.resolve("site")));
        try (Stream<Path> left = Files.list(project)) {
            assertEquals(0, left.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".site") && !n.equals(".site.cache")).count(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void aSwapInterruptedBetweenItsTwoRenamesIsRepairedByTheNextBuild() throws IOException {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\nHello.\n"));
        assertTrue(Projects.build(project).ok());
        // Simulate a kill after the old site was moved aside and before the new one moved in.
        Files.move(project.resolve("site"), project.resolve(".site.previous"));
        SiteSwap.recover(project.resolve("site"));
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
        assertFalse(Files.exists(project.resolve(".site.previous")));
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
