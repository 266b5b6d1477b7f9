package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;
import org.waymark.testing.Scratch;

/**
 * A build whose heap fills without an allocation ever failing outright (full collection after
 * full collection, each freeing a little) is stopped and reported as running out of memory: the
 * packaged jar, with the launcher's collector, a 24 MB heap and 1,500 ordinary pages, which
 * that heap holds all but a sliver of. Without the watch this build never throws: it crawls.
 */
class HeapWatchIT {
    @TempDir
    Path project;

    private int build(List<String> heap, Path log) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(heap);
        command.addAll(List.of("-jar", Projects.repo().resolve("target/waymark.jar").toString(), "build", "-q", project.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    }

    @Test
    void aHeapThatStaysFullIsReportedAndTheSiteStays() throws Exception {
        Projects.write(project, Map.of("content/site.yaml", "title: Big\n", "content/index.md", "# Big\n"));
        Path log = Scratch.file("heap", ".log");
        assertEquals(0, build(List.of("-Xmx256m"), log), () -> read(log));
        byte[] home = Files.readAllBytes(project.resolve("site/index.html"));

        StringBuilder index = new StringBuilder("# Changed\n\n");
        for (int i = 0; i < 1500; i++) {
            StringBuilder page = new StringBuilder("# Page " + i + "\n\n");
            for (int s = 0; s < 12; s++) {
                page.append("## Step ").append(s).append(" of page ").append(i).append("\n\n");
                page.append(("Word" + i + " and word" + s + " in an ordinary sentence that a guide repeats. ").repeat(6)).append("\n\n");
            }
            Files.writeString(project.resolve("content/page" + i + ".md"), page, StandardCharsets.UTF_8);
            index.append("- [Page ").append(i).append("](page").append(i).append(".md)\n");
        }
        Files.writeString(project.resolve("content/index.md"), index);
        int exit = build(List.of("-Xmx24m", "-Xmn8m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"), log);
        String out = read(log);
        assertEquals(2, exit, out);
        assertTrue(out.startsWith("waymark: out of memory: the heap stayed full through "), out);
        assertTrue(out.contains("WAYMARK_OPTS=-Xmx"), out);
        assertFalse(out.contains("Exception") || out.contains("Error") || out.contains("\tat "), "no stack trace: " + out);
        assertEquals(new String(home, StandardCharsets.UTF_8), Files.readString(project.resolve("site/index.html")),
                "the previous site is as it was");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
