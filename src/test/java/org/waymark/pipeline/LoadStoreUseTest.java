package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.output.MemoryOutput;
import org.waymark.testing.Projects;

/**
 * Which commands use the load store beside the project's {@code site/}: {@code build} writes it,
 * and {@code check} and {@code serve}'s first build only read it (they write no files).
 */
class LoadStoreUseTest {
    @TempDir
    Path project;

    private Path store;

    @BeforeEach
    void build() throws IOException {
        Projects.write(project, Map.of(
                "content/index.md", "# Home\n\nSee [the guide](guide.md).\n",
                "content/guide.md", "---\ntitle: Guide\n---\nText with a [link](index.md).\n"));
        assertTrue(Projects.build(project).ok());
        store = project.resolve(".site.cache");
        assertTrue(Files.isRegularFile(store), "build keeps its load beside site/");
    }

    @Test
    void checkReadsTheStoreOfTheProjectsSite() throws IOException {
        Object before = stamp();
        assertTrue(Projects.check(project).ok());
        assertEquals(before, stamp());
    }

    @Test
    void servesFirstBuildReadsItAndShowsWhatBuildWrote() throws IOException {
        Object before = stamp();
        MemoryOutput memory = new MemoryOutput();
        assertTrue(Pipeline.runInMemory(project, false, memory, new Pipeline.Reuse()).ok());
        assertEquals(before, stamp());
        assertArrayEquals(Files.readAllBytes(project.resolve("site/guide/index.html")),
                memory.files().get("guide/index.html").bytes());
    }

    @Test
    void aFileChangedSinceIsParsedAgain() throws IOException {
        Object before = stamp();
        Files.writeString(project.resolve("content/guide.md"), "---\ntitle: Guide\n---\nNow a [broken link](gone.md).\n");
        Pipeline.Result r = Projects.check(project);
        assertFalse(r.ok(), "the changed text is checked, not the stored one");
        assertTrue(Projects.human(r).contains("gone.md"), Projects.human(r));
        assertEquals(before, stamp(), "check writes no file");
        assertFalse(Projects.build(project).ok());
        assertNotEquals(before, stamp(), "build keeps what it parsed anew, even when the build fails");
    }

    private Object stamp() throws IOException {
        BasicFileAttributes a = Files.readAttributes(store, BasicFileAttributes.class);
        return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis(), a.size());
    }
}
