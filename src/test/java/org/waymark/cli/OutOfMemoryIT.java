package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;
import org.waymark.testing.Scratch;

/**
 * A build that runs out of heap says so, names the heap and how to raise it, exits with 2 and
 * leaves the previous site as it was: the packaged jar with a 32 MB heap, against 30 MB of pages.
 */
class OutOfMemoryIT {
    @TempDir
    Path project;

    private int build(String heap, Path log) throws Exception {
        return new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                heap, "-jar", Projects.repo().resolve("target/waymark.jar").toString(), "build", project.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    }

    @Test
    void runningOutOfHeapIsReportedAndTheSiteStays() throws Exception {
        Projects.write(project, java.util.Map.of("content/site.yaml", "title: Big\n", "content/index.md", "# Big\n"));
        Path log = Scratch.file("oom", ".log");
        assertEquals(0, build("-Xmx256m", log), () -> read(log));
        byte[] home = Files.readAllBytes(project.resolve("site/index.html"));

        String paragraph = "A long line of ordinary words that a large knowledge base repeats. ".repeat(12) + "\n\n";
        for (int i = 0; i < 10; i++) {
            Files.writeString(project.resolve("content/page" + i + ".md"),
                    "# Page " + i + "\n\n" + paragraph.repeat(3_000_000 / paragraph.length()), StandardCharsets.UTF_8);
        }
        Files.writeString(project.resolve("content/index.md"), "# Changed\n");
        int exit = build("-Xmx32m", log);
        String out = read(log);
        assertEquals(2, exit, out);
        assertTrue(out.startsWith("waymark: out of memory: this run needed more than the "), out);
        assertTrue(out.contains("WAYMARK_OPTS=-Xmx"), out);
        assertFalse(out.contains("Exception") || out.contains("\tat "), "no stack trace: " + out);
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
