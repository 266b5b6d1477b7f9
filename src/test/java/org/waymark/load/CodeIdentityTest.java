package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code a load store belongs to is named by what its jar holds: the same classes installed
 * again (another path, another time: a reinstall, a CI cache) are the same code; one changed
 * class is other code.
 */
class CodeIdentityTest {
    @TempDir
    Path tmp;

    @Test
    void aJarIsNamedByWhatItHoldsNotWhereOrWhenItWasWritten() throws IOException {
        Path first = jar(tmp.resolve("a/waymark.jar"), Map.of("org/x/A.class", "one", "org/x/B.class", "two"), 1_000);
        Path again = jar(tmp.resolve("b/waymark.jar"), Map.of("org/x/A.class", "one", "org/x/B.class", "two"), 9_000_000);
        Files.setLastModifiedTime(again, FileTime.fromMillis(123_456_789));
        Path changed = jar(tmp.resolve("c/waymark.jar"), Map.of("org/x/A.class", "one", "org/x/B.class", "TWO"), 1_000);
        assertEquals(CodeIdentity.of(first), CodeIdentity.of(again));
        assertNotEquals(CodeIdentity.of(first), CodeIdentity.of(changed));
        assertTrue(CodeIdentity.of(first).startsWith("jar "), CodeIdentity.of(first));
    }

    @Test
    void aFolderOfClassesChangesWithAnyFileInIt() throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("classes/org/x"));
        Files.writeString(classes.resolve("A.class"), "one");
        Files.setLastModifiedTime(classes.resolve("A.class"), FileTime.fromMillis(1_000_000));
        String before = CodeIdentity.of(tmp.resolve("classes"));
        Files.writeString(classes.resolve("B.class"), "two");
        assertNotEquals(before, CodeIdentity.of(tmp.resolve("classes")));
    }

    @Test
    void theRunningCodeIsNamedTheSameEachTime() {
        assertEquals(CodeIdentity.current(), CodeIdentity.current());
        assertTrue(CodeIdentity.current().startsWith("load-store "));
    }

    private static Path jar(Path file, Map<String, String> entries, long time) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (String name : new java.util.TreeSet<>(entries.keySet())) {
                ZipEntry e = new ZipEntry(name);
                e.setTime(time);
                jar.putNextEntry(e);
                jar.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
