package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/**
 * The search index is written beside render, on its own threads: a build that succeeds has it
 * whole, and one that fails in render or verify (while the index may still be written) leaves
 * the previous site as it was and no staging folder behind.
 */
class SearchBesideRenderTest {
    @TempDir
    Path project;

    @Test
    void aBuildTimesTheIndexBesideRenderAndPutsItInTheSite() throws IOException {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\nSee [guide](guide.md).\n",
                "content/guide.md", "---\ntitle: Guide\n---\n## Part\n\nWords to find.\n"));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(List.of("load", "check", "render", "search", "search-wait", "search-cpu", "verify", "swap"),
                List.copyOf(r.stages().keySet()));
        assertTrue(Files.isRegularFile(project.resolve("site/assets/search/meta.js")));
        assertTrue(Files.readString(project.resolve("site/assets/search/d/0.js")).contains("Words to find."));
    }

    @Test
    void aBuildThatFailsInRenderOrVerifyLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\nSee [guide](guide.md).\n",
                "content/guide.md", "---\ntitle: Guide\n---\n## Part\n"));
        assertTrue(Projects.build(project).ok());
        Map<String, String> before = snapshot(project.resolve("site"));

        for (String template : List.of("<div>${no_such_thing}</div>\n", // render: a template error
                "<#macro page bodyClass=\"\">\n<!DOCTYPE html>\n<html><head><title>t</title></head>\n"  // verify: a broken link
                        + "<body><h1>x</h1><#nested>\n  <a href=\"nowhere.html\">gone</a>\n</body></html>\n</#macro>\n"
                        + "<#macro tags list></#macro><#macro toc items></#macro><#macro cards items></#macro>\n")) {
            Files.createDirectories(project.resolve("templates"));
            Files.writeString(project.resolve("templates/layout.ftlh"), template);
            Pipeline.Result r = Projects.build(project);
            assertFalse(r.ok(), template);
            assertEquals(before, snapshot(project.resolve("site")));
            try (Stream<Path> left = Files.list(project)) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site"))
                                .filter(n -> !n.equals(".site.cache")).toList(),
                        "no staging folder is left behind");
            }
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
