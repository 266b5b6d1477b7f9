package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk verify takes its file set from ({@link SiteWalk}): every regular file once, by its
 * path in the site, told to the caller with its attributes, whichever thread read its folder.
 */
class SiteWalkTest {
    @TempDir
    Path dir;

    private void file(String path) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, path);
    }

    @Test
    void everyFileOnceByItsPathInTheSite() throws IOException {
        List<String> expected = new ArrayList<>(List.of("index.html", "404.html", "assets/site.css", "assets/search/w-1.js"));
        // a folder per page, as a site has, and one wide folder of pages
        for (int i = 0; i < 300; i++) expected.add("guides/g-" + i + "/index.html");
        for (int i = 0; i < 40; i++) expected.add("a/b/c/d-" + i + "/index.html");
        for (String f : expected) file(f);
        Files.createDirectories(dir.resolve("empty/inner"));
        Map<String, BasicFileAttributes> told = new ConcurrentHashMap<>();
        List<String> files = SiteWalk.files(dir, (f, path, attrs) -> {
            if (told.put(f, attrs) != null) throw new AssertionError("told twice: " + f);
            if (!path.equals(dir.resolve(f))) throw new AssertionError(f + " told as " + path);
        });
        assertEquals(expected.stream().sorted().toList(), files.stream().sorted().toList());
        assertEquals(files.size(), told.size());
        assertTrue(told.values().stream().allMatch(BasicFileAttributes::isRegularFile));
        assertEquals(Files.size(dir.resolve("assets/site.css")), told.get("assets/site.css").size());
    }

    @Test
    void eachFoldersFilesComeBeforeThoseOfTheFoldersInIt() throws IOException {
        for (String f : List.of("index.html", "a/index.html", "a/b/index.html", "a/b/c/index.html")) file(f);
        assertEquals(List.of("index.html", "a/index.html", "a/b/index.html", "a/b/c/index.html"),
                SiteWalk.files(dir, (f, path, attrs) -> {}));
    }

    @Test
    void aLinkCountsAsWhatItLeadsToAndALinkedFolderIsNotEntered() throws IOException {
        file("index.html");
        file("real/index.html");
        Files.createSymbolicLink(dir.resolve("linked.html"), dir.resolve("index.html"));
        Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("missing.html"));
        Files.createSymbolicLink(dir.resolve("elsewhere"), dir.resolve("real"));
        assertEquals(List.of("index.html", "linked.html", "real/index.html"),
                SiteWalk.files(dir, (f, path, attrs) -> {}).stream().sorted().toList());
    }

    @Test
    void aFolderThatCannotBeReadIsAnIoErrorNotAWrappedOne() {
        assertThrows(NoSuchFileException.class, () -> SiteWalk.files(dir.resolve("missing"), (f, path, attrs) -> {}));
    }
}
