package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifying a site on disk with the scans a build kept ({@link ScanStore}) gives what a fresh
 * verification gives: a page is read again whenever its file is not the one scanned (bytes
 * written, even at the same size and with its old time put back; another file), every link is
 * followed again once any file, id or link changed ({@link PassedLinks}), and a page with a
 * finding is never taken from the store. Before each
 * verification the test waits until its files' change times are past (a condition on the clock,
 * as a build's pages are written seconds before its verify stage).
 */
class ScanStoreTest {
    private static final String CODE = "test code";
    private static final FileTime WRITTEN = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @TempDir
    Path dir;
    Path site;
    Path store;

    @BeforeEach
    void paths() {
        site = dir.resolve("site");
        store = ScanStore.beside(site);
    }

    private static String page(String body) {
        return "<!doctype html><html><head><title>t</title></head><body><h1>T</h1>" + body + "</body></html>";
    }

    private static void write(Path folder, String path, String html, FileTime time) throws IOException {
        Path f = folder.resolve(path);
        Files.createDirectories(f.getParent());
        // in place, as a build over the spare writes: the same file, with its inode
        Files.write(f, html.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(f, time);
    }

    private void site(Path folder, String a) throws IOException {
        write(folder, "index.html", page("<a href=\"a/index.html#details\">a</a> <a href=\"b/index.html\">b</a>"), WRITTEN);
        write(folder, "a/index.html", a, WRITTEN);
        write(folder, "b/index.html", page("<a href=\"../index.html\">home</a>"), WRITTEN);
    }

    private static List<String> faults(List<Finding> findings) {
        return findings.stream().map(f -> f.page() + " " + f.fault()).sorted().toList();
    }

    /** The latest change time of the files under {@code folder}. */
    private static Instant changed(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            Instant last = Instant.EPOCH;
            for (Path f : files.toList()) {
                Instant t = ((FileTime) Files.getAttribute(f, "unix:ctime")).toInstant();
                if (t.isAfter(last)) last = t;
            }
            return last;
        }
    }

    /** Waits until every file of {@code folder} changed more than the store's margin ago (a few tens of milliseconds). */
    static void settle(Path folder) throws IOException {
        Instant past = changed(folder).plusMillis(60);
        while (Instant.now().isBefore(past)) Thread.onSpinWait();
    }

    /** Verifies {@code folder} with the store, which it saves (the live site being {@code live}); the store, to ask what it reused. */
    private ScanStore verify(Path folder, Path live, List<String> expected) throws IOException {
        settle(folder);
        return verify(ScanStore.open(store, CODE, live), folder, expected);
    }

    private static ScanStore verify(ScanStore s, Path folder, List<String> expected) throws IOException {
        assertEquals(expected, faults(SiteVerifier.verify(folder, Map.of(), s)));
        assertEquals(faults(SiteVerifier.verify(folder, Map.of())), expected, "a fresh verification finds the same");
        return s;
    }

    @Test
    void unchangedPagesAreTakenFromTheStoreAndEveryChangeIsReadAgain() throws IOException {
        site(site, page("<h2 id=\"details\">D</h2>"));
        Path live = dir.resolve("live");
        assertEquals(0, verify(site, live, List.of()).reused());
        assertEquals(3, verify(site, live, List.of()).reused());

        // the same size, other bytes, written in place (the same inode) and its old time put back
        write(site, "a/index.html", page("<h2 id=\"detailz\">D</h2>"), WRITTEN);
        assertEquals(2, verify(site, live, List.of("index.html BrokenLink[href=a/index.html#details, reason=NO_ANCHOR]"))
                .reused());
        // another file, with the time and size of the one it replaces
        Files.delete(site.resolve("a/index.html"));
        write(site, "a/index.html", page("<h2 id=\"details\">D</h2>"), WRITTEN);
        assertEquals(2, verify(site, live, List.of()).reused());
        // a link's target gone: the page that links to it, unchanged, is taken from the store and its links followed
        Files.delete(site.resolve("b/index.html"));
        assertEquals(2, verify(site, live, List.of("index.html BrokenLink[href=b/index.html, reason=NO_FILE]")).reused());
    }

    @Test
    void aPageWithAFindingIsReadEveryTime() throws IOException {
        site(site, page("<p style=\"x\">styled</p>"));
        List<String> expected = List.of("a/index.html StyleAttribute[element=p]",
                "index.html BrokenLink[href=a/index.html#details, reason=NO_ANCHOR]");
        Path live = dir.resolve("live");
        verify(site, live, expected);
        assertEquals(2, verify(site, live, expected).reused());
        assertEquals(2, verify(site, live, expected).reused());
    }

    @Test
    void aPageChangedAsTheWalkBeganIsReadAgainNextTime() throws IOException {
        site(site, page("<h2 id=\"details\">D</h2>"));
        settle(site);
        write(site, "b/index.html", page("<a href=\"../index.html\">home</a>"), WRITTEN);
        // the walk begins at b's change time: a write in that tick could still follow the read
        Instant walk = changed(site.resolve("b"));
        Path live = dir.resolve("live");
        verify(ScanStore.open(store, CODE, live, Clock.fixed(walk, ZoneOffset.UTC)), site, List.of());
        assertEquals(2, verify(site, live, List.of()).reused());
        assertEquals(3, verify(site, live, List.of()).reused());
    }

    @Test
    void theStoreKeepsTheFolderVerifiedAndTheLiveSite() throws IOException {
        Path other = dir.resolve("other");
        Path third = dir.resolve("third");
        site(site, page("<h2 id=\"details\">D</h2>"));
        site(other, page("<h2 id=\"details\">D</h2>"));
        site(third, page("<h2 id=\"details\">D</h2>"));
        verify(site, dir.resolve("none"), List.of());
        // other is built while site is live (and becomes its spare after the swap) ...
        assertEquals(0, verify(other, site, List.of()).reused());
        // ... so the next build, over site, finds its pages kept
        assertEquals(3, verify(site, other, List.of()).reused());
        assertEquals(3, verify(other, site, List.of()).reused());
        // a folder that is neither the one verified nor the live site is forgotten
        verify(third, other, List.of());
        assertEquals(0, verify(site, third, List.of()).reused());
    }

    @Test
    void aStoreThatWouldBeWrittenTheSameIsLeftAsItIs() throws IOException {
        site(site, page("<h2 id=\"details\">D</h2>"));
        Path live = dir.resolve("live");
        verify(site, live, List.of());
        verify(site, live, List.of());
        // a save writes over the store's file in place: a write shows as a new modification time
        FileTime untouched = FileTime.fromMillis(0);
        Files.setLastModifiedTime(store, untouched);
        assertEquals(3, verify(site, live, List.of()).reused());
        assertEquals(untouched, Files.getLastModifiedTime(store), "nothing changed: the store is not written again");

        write(site, "b/index.html", page("<a href=\"../index.html\">home!</a>"), WRITTEN);
        assertEquals(2, verify(site, live, List.of()).reused());
        assertNotEquals(untouched, Files.getLastModifiedTime(store), "a page read again is kept");
        assertEquals(3, verify(site, live, List.of()).reused());
    }

    @Test
    void pagesLinkedIntoBothFoldersAreKeptWhicheverFolderWasVerified() throws IOException {
        // A rebuild with no spare links the live site's pages into its new folder: from then on
        // each build verifies the other folder, and finds the same files there.
        Path other = dir.resolve("other");
        site(site, page("<h2 id=\"details\">D</h2>"));
        for (String page : List.of("index.html", "a/index.html", "b/index.html")) {
            Files.createDirectories(other.resolve(page).getParent());
            Files.createLink(other.resolve(page), site.resolve(page));
        }
        verify(site, other, List.of());
        assertEquals(3, verify(other, site, List.of()).reused());
        FileTime untouched = FileTime.fromMillis(0);
        Files.setLastModifiedTime(store, untouched);
        for (int build = 0; build < 4; build++) {
            Path folder = build % 2 == 0 ? site : other;
            assertEquals(3, verify(folder, folder == site ? other : site, List.of()).reused());
        }
        assertEquals(untouched, Files.getLastModifiedTime(store), "the same files, found in either folder: nothing to write");
    }

    /**
     * The benchmark's 10,000 and 40,000 pages keep a store under a 2 GB heap (measured); 100,000
     * pages, which ran out of memory with one there, do not, but keep one under the 6 GB a 24 GB
     * machine gives by default (measured).
     */
    @Test
    void aStoreIsKeptOnlyWhereItFitsTheHeap() {
        long gb = 1024L * 1024 * 1024;
        long launcherDefault = 6_276_251_648L;  // maxMemory() on this 24 GB machine: a quarter of it, less a survivor space
        assertEquals(true, ScanStore.fits(10_401, 2 * gb));
        assertEquals(true, ScanStore.fits(40_801, 2 * gb));
        assertEquals(false, ScanStore.fits(104_001, 2 * gb));
        assertEquals(false, ScanStore.fits(104_001, 4 * gb));
        assertEquals(true, ScanStore.fits(104_001, launcherDefault));
    }

    @Test
    void aDamagedStoreOrOneOfOtherCodeIsNotUsed() throws IOException {
        site(site, page("<h2 id=\"details\">D</h2>"));
        Path live = dir.resolve("live");
        verify(site, live, List.of());
        byte[] good = Files.readAllBytes(store);

        ScanStore other = ScanStore.open(store, "other code", live);
        assertEquals(List.of(), faults(SiteVerifier.verify(site, Map.of(), other)));
        assertEquals(0, other.reused());
        for (int at : new int[] {0, 20, good.length / 2, good.length - 5}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x5a;
            Files.write(store, bad);
            assertEquals(0, verify(site, live, List.of()).reused(), "a byte changed at " + at);
            Files.write(store, good);
        }
        Files.write(store, java.util.Arrays.copyOf(good, good.length - 9));
        assertEquals(0, verify(site, live, List.of()).reused(), "cut short");
        Files.write(store, good);
        assertEquals(3, verify(site, live, List.of()).reused());
    }
}
