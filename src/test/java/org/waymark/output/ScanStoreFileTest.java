package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan store's file reads back as what was written, whether it was written whole or, when
 * nearly every page is kept as the file read before holds it, by copying those pages' records
 * and the string table ({@link ScanStoreFile#encode}); and copies never let the table grow past
 * half again what the last whole write made. A save writes over the store's own file in place,
 * never through another name or a link ({@link StoreOverwrite}).
 */
class ScanStoreFileTest {
    private static final String HEADER = "scan-store test";

    @TempDir
    Path dir;

    private static KeptPage page(int i, String folder, long changed) {
        return page(i, i, folder, changed);
    }

    /** Page {@code i}'s file, read as the text of version {@code v}. */
    private static KeptPage page(int i, int v, String folder, long changed) {
        PageScan scan = new PageScan(Set.of("top", "h-" + v), List.of("../p" + (v + 1) + "/index.html#top", "../index.html",
                "p" + v + "/x.html"), List.of());
        return new KeptPage(folder, "p" + i + "/index.html", new SeenFile("(dev=1,ino=" + i + ")", 100 + v, 5_000 + v, changed), scan,
                new PageDigest(v * 31L), v % 3 == 0 ? null : new PageDigest(-v));
    }

    private Map<String, KeptPage> writeAndRead(Map<String, KeptPage> all, Map<String, KeptPage> known) throws IOException {
        Path f = dir.resolve("store");
        assertTrue(FileSwap.writeStore(f, ScanStoreFile.encode(all, known, HEADER)));
        return ScanStoreFile.read(Files.readAllBytes(f), HEADER);
    }

    /** Each page as written, its place in the file aside. */
    private static void assertHolds(Map<String, KeptPage> expected, Map<String, KeptPage> read) {
        assertEquals(expected.keySet(), read.keySet());
        expected.forEach((key, k) -> {
            KeptPage r = read.get(key);
            assertEquals(k.folder(), r.folder(), key);
            assertTrue(k.sameAs(r), key);
        });
    }

    private static KeptPage.EarlierFile file(Map<String, KeptPage> read) {
        return read.values().iterator().next().stored().file();
    }

    @Test
    void pagesKeptAsTheyWereAreCopiedAndReadBackAsWritten() throws IOException {
        Map<String, KeptPage> all = new HashMap<>();
        for (int i = 0; i < 64; i++) all.put("(dev=1,ino=" + i + ")", page(i, "(dev=1,ino=9000)", 7));
        Map<String, KeptPage> read = writeAndRead(all, Map.of());
        assertHolds(all, read);
        int whole = file(read).wholeStrings();
        assertEquals(whole, file(read).strings(), "written whole: every string once");

        // a new folder for every page, one page read again and one gone: the rest are copied
        Map<String, KeptPage> next = new HashMap<>();
        all.forEach((key, k) -> next.put(key, new KeptPage("(dev=1,ino=9001)", k.path(), k.file(), k.scan(), k.digest(), k.inputs())));
        next.put("(dev=1,ino=5)", page(5, 105, "(dev=1,ino=9001)", 8));
        next.remove("(dev=1,ino=6)");
        Map<String, KeptPage> copied = writeAndRead(next, read);
        assertHolds(next, copied);
        assertEquals(whole, file(copied).wholeStrings(), "copied: the table of the last whole write, and what was added");
        assertTrue(file(copied).strings() > whole, "the new folder's name and the page read again's strings are added");
    }

    @Test
    void pagesLinkedIntoANewFolderAreCopiedWithTheirNewChangeTime() throws IOException {
        Map<String, KeptPage> all = new HashMap<>();
        for (int i = 0; i < 64; i++) all.put("(dev=1,ino=" + i + ")", page(i, "(dev=1,ino=9000)", 7));
        Map<String, KeptPage> read = writeAndRead(all, Map.of());
        Map<String, KeptPage> linked = new HashMap<>();
        for (int i = 0; i < 64; i++) linked.put("(dev=1,ino=" + i + ")", page(i, "(dev=1,ino=9001)", 1_000 + i));
        Map<String, KeptPage> copied = writeAndRead(linked, read);
        assertHolds(linked, copied);
        assertTrue(file(copied).strings() > file(copied).wholeStrings(), "copied, the new folder's name added");
        assertEquals(1_063, copied.get("(dev=1,ino=63)").file().changed());
    }

    @Test
    void fewerThanSevenInEightKeptIsWrittenWhole() throws IOException {
        Map<String, KeptPage> all = new HashMap<>();
        for (int i = 0; i < 64; i++) all.put("(dev=1,ino=" + i + ")", page(i, "(dev=1,ino=9000)", 7));
        Map<String, KeptPage> read = writeAndRead(all, Map.of());
        Map<String, KeptPage> next = new HashMap<>(all);
        for (int i = 0; i < 9; i++) next.put("(dev=1,ino=" + i + ")", page(i, 500 + i, "(dev=1,ino=9000)", 7));  // read again
        Map<String, KeptPage> again = writeAndRead(next, read);
        assertHolds(next, again);
        assertEquals(file(again).wholeStrings(), file(again).strings());
    }

    @Test
    void copiesNeverGrowTheTablePastHalfAgain() throws IOException {
        Map<String, KeptPage> all = new HashMap<>();
        for (int i = 0; i < 64; i++) all.put("(dev=1,ino=" + i + ")", page(i, "(dev=1,ino=9000)", 7));
        Map<String, KeptPage> read = writeAndRead(all, Map.of());
        List<Integer> sizes = new ArrayList<>();
        for (int build = 1; build <= 60; build++) {
            Map<String, KeptPage> next = new HashMap<>();
            String folder = "(dev=1,ino=" + (9000 + build) + ")";
            for (KeptPage k : read.values()) next.put(k.file().key(), new KeptPage(folder, k.path(), k.file(), k.scan(), k.digest(), k.inputs()));
            int edited = build % 64;
            next.put("(dev=1,ino=" + edited + ")", page(edited, 1000 * build + edited, folder, 7));
            read = writeAndRead(next, read);
            assertHolds(next, read);
            KeptPage.EarlierFile f = file(read);
            // give or take what one write adds: the folder, and the edited page's key, path, 2 ids and 3 links
            assertTrue(2L * f.strings() <= 3L * f.wholeStrings() + 2 * 8, f.strings() + " strings of " + f.wholeStrings());
            sizes.add(f.strings() - f.wholeStrings());
        }
        assertTrue(sizes.contains(0) && sizes.stream().anyMatch(n -> n > 0), "both copied and whole writes happened: " + sizes);
    }

    /** {@code n} pages of version {@code v}, in folder 9000. */
    private static Map<String, KeptPage> pages(int n, int v) {
        Map<String, KeptPage> all = new HashMap<>();
        for (int i = 0; i < n; i++) all.put("(dev=1,ino=" + i + ")", page(i, v + i, "(dev=1,ino=9000)", 7));
        return all;
    }

    private void save(Path store, Map<String, KeptPage> pages) {
        ScanStoreFile.save(store, HEADER, pages, Map.of(), dir.resolve("no-live-site"));
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    @Test
    void aSaveWritesOverTheStoresOwnFileAndAShorterStoreReadsBackWhole() throws IOException {
        assumeTrue(SpareSite.supported(), "needs a file system that gives link counts");
        Path store = dir.resolve(".site.scans");
        save(store, pages(64, 0));
        Object key = fileKey(store);
        long longer = Files.size(store);
        Map<String, KeptPage> fewer = pages(10, 500);
        save(store, fewer);
        assertEquals(key, fileKey(store), "written over in place, not made anew");
        assertTrue(Files.size(store) < longer, "cut to the new store's length");
        assertHolds(fewer, ScanStoreFile.read(Files.readAllBytes(store), HEADER));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(store), left.filter(p -> !p.getFileName().toString().equals("no-live-site")).toList(), "nothing left beside it");
        }
    }

    @Test
    void aStoreWithAnotherNameOrALinkInItsPlaceIsReplacedNotWrittenThrough() throws IOException {
        assumeTrue(SpareSite.supported(), "needs a file system that gives link counts");
        Path store = dir.resolve(".site.scans");
        save(store, pages(64, 0));
        Path backup = dir.resolve("backup.scans");
        Files.createLink(backup, store);  // as cp -al leaves it
        byte[] before = Files.readAllBytes(backup);
        Map<String, KeptPage> next = pages(64, 700);
        save(store, next);
        assertArrayEquals(before, Files.readAllBytes(backup), "the other name keeps its bytes");
        assertNotEquals(fileKey(backup), fileKey(store));
        assertHolds(next, ScanStoreFile.read(Files.readAllBytes(store), HEADER));

        Path elsewhere = dir.resolve("elsewhere");
        Files.write(elsewhere, before);
        Files.delete(store);
        Files.createSymbolicLink(store, elsewhere);
        save(store, pages(3, 900));
        assertArrayEquals(before, Files.readAllBytes(elsewhere), "the file the link names is left as it was");
        assertTrue(Files.isRegularFile(store, LinkOption.NOFOLLOW_LINKS), "the link is replaced by the store");
        assertHolds(pages(3, 900), ScanStoreFile.read(Files.readAllBytes(store), HEADER));
    }
}
