package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.load.LoadStore;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Building the same input twice writes the same bytes, PDFs included (they carried the time of writing). */
class ReproducibleOutputTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheDefaultContentAreByteIdentical() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        for (Path out : List.of(first, second)) {
            Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), out, false, false, true));
            assertTrue(r.ok(), Projects.human(r));
        }
        List<Path> files = files(first);
        assertEquals(files, files(second));
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".pdf")), "the default content has PDFs");
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f.toString());
        }
    }

    /** A build that takes its content from the last build's store (LoadStore) writes what a fresh build writes. */
    @Test
    void aBuildFromTheStoreOfTheLastOneWritesTheSameBytes() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        assertTrue(Pipeline.run(new Pipeline.Options(Projects.repo(), first, false, false, true)).ok());
        Path store = LoadStore.beside(second);
        Files.copy(LoadStore.beside(first), store);
        long written = Files.getLastModifiedTime(store).toMillis();
        Object inode = Files.readAttributes(store, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertTrue(Pipeline.run(new Pipeline.Options(Projects.repo(), second, false, false, true)).ok());
        assertEquals(inode, Files.readAttributes(store, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "every file came from the store, so it was not written anew");
        assertEquals(written, Files.getLastModifiedTime(store).toMillis());
        List<Path> files = files(first);
        assertEquals(files, files(second));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f.toString());
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
