package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record beside a site is always a new file renamed into place (a reader sees the old one or
 * the new one); a store, which tells a half-written file itself, is written over its own file in
 * place, in as many parts as it comes in, and never through another name.
 */
class FileSwapTest {
    @TempDir
    Path dir;

    private static Object key(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    private static ByteBuffer[] parts(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> ByteBuffer.wrap(t.getBytes(StandardCharsets.UTF_8))).toArray(ByteBuffer[]::new);
    }

    @Test
    void aRecordIsAlwaysANewFileRenamedIntoPlace() throws IOException {
        Path record = dir.resolve(".site.links");
        assertTrue(FileSwap.write(record, "first\n".getBytes(StandardCharsets.UTF_8)));
        Object first = key(record);
        assertTrue(FileSwap.write(record, "second\n".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(first, key(record));
        assertEquals("second\n", Files.readString(record));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(record), left.toList(), "no new- file left beside it");
        }
    }

    @Test
    void aStoreIsWrittenOverItsOwnFileButNeverThroughAnotherName() throws IOException {
        assumeTrue(SpareSite.supported(), "needs a file system that gives link counts");
        Path store = dir.resolve(".site.search");
        assertTrue(FileSwap.writeStore(store, parts("a long ", "first ", "store")));
        Object first = key(store);
        assertTrue(FileSwap.writeStore(store, parts("short", "er")));
        assertEquals(first, key(store), "written over in place");
        assertEquals("shorter", Files.readString(store), "and cut to its new length");

        Path backup = dir.resolve("backup");
        Files.createLink(backup, store);
        assertTrue(FileSwap.writeStore(store, parts("third")));
        assertArrayEquals("shorter".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(backup));
        assertEquals("third", Files.readString(store));
        assertNotEquals(key(backup), key(store));
    }
}
