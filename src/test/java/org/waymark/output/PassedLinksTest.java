package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build follows no link of a site whose files, ids and links are those of the last site whose
 * every link resolved ({@link PassedLinks}, {@link LinkDigest}); any change that could alter a
 * link's fate changes the digest, and a site with a broken link is never recorded.
 */
class PassedLinksTest {
    private static final String CODE = "test code";

    @TempDir
    Path dir;

    private static String page(String body) {
        return "<!doctype html><html><head><title>t</title></head><body><h1>T</h1>" + body + "</body></html>";
    }

    private static void write(Path site, String path, String html) throws IOException {
        Path f = site.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, html, StandardCharsets.UTF_8);
    }

    private List<String> verify(Path site) throws IOException {
        return verify(site, List.of());
    }

    private List<String> verify(Path site, List<String> fetched) throws IOException {
        ScanStoreTest.settle(site);
        ScanStore store = ScanStore.open(ScanStore.beside(site), CODE, dir.resolve("live"));
        return SiteVerifier.verify(site, Map.of(), store, fetched).stream().map(f -> f.page() + " " + f.fault()).toList();
    }

    private static Path record(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".links");
    }

    @Test
    void onlyASiteWhoseEveryLinkResolvedIsRecorded() throws IOException {
        Path site = dir.resolve("site");
        write(site, "index.html", page("<a href=\"a/index.html#x\">a</a>"));
        write(site, "a/index.html", page("<h2 id=\"y\">Y</h2>"));
        assertEquals(List.of("index.html BrokenLink[href=a/index.html#x, reason=NO_ANCHOR]"), verify(site));
        assertFalse(Files.exists(record(site)));
        write(site, "a/index.html", page("<h2 id=\"x\">X</h2>"));
        assertEquals(List.of(), verify(site));
        assertTrue(Files.exists(record(site)));
        // the anchor gone again, the linking page as it was: its link is followed and found broken
        write(site, "a/index.html", page("<h2 id=\"z\">Z</h2>"));
        assertEquals(List.of("index.html BrokenLink[href=a/index.html#x, reason=NO_ANCHOR]"), verify(site));
    }

    /** White-box: a site recorded as passed has its links taken as resolved, which is what spares following them. */
    @Test
    void theLinksOfASiteRecordedAsPassedAreNotFollowedAgain() throws IOException {
        Path site = dir.resolve("site");
        write(site, "index.html", page("<a href=\"gone/index.html\">gone</a>"));
        long digest = LinkDigest.of(Set.of("index.html"), Map.of("index.html",
                PageScan.of(Files.readAllBytes(site.resolve("index.html")))));
        ScanStore.open(ScanStore.beside(site), CODE, dir.resolve("live")).passedLinks().record(digest);
        assertEquals(List.of(), verify(site));
        assertFalse(ScanStore.open(ScanStore.beside(site), "other code", dir.resolve("live")).passedLinks().had(digest),
                "a record written by other code is not used");
        Files.writeString(record(site), "damaged");
        assertEquals(List.of("index.html BrokenLink[href=gone/index.html, reason=NO_FILE]"), verify(site));
    }

    /**
     * White-box, as above: the search index's files changed, and nothing links to them, and the
     * folder gained the swap's marker, so no link is followed.
     */
    @Test
    void filesOfAFolderThatScriptsFetchDoNotSendEveryLinkToBeFollowedAgain() throws IOException {
        Path site = dir.resolve("site");
        write(site, "index.html", page("<a href=\"gone/index.html\">gone</a> <a href=\"assets/search.1.js\">s</a>"));
        write(site, "assets/search.1.js", "s");
        write(site, "assets/search/w-a.js", "a");
        long digest = LinkDigest.of(List.of("index.html", "assets/search.1.js", "assets/search/w-a.js"), Map.of("index.html",
                PageScan.of(Files.readAllBytes(site.resolve("index.html")))), List.of("assets/search/"));
        ScanStore.open(ScanStore.beside(site), CODE, dir.resolve("live")).passedLinks().record(digest);
        write(site, "assets/search/w-ab.js", "ab");
        // and the swap's marker, which a spare has and a folder staged afresh has not, is no file of the site
        write(site, OutputFolder.MARKER, "");
        Files.delete(site.resolve("assets/search/w-a.js"));
        assertEquals(List.of(), verify(site, List.of("assets/search/")));
        assertEquals(List.of("index.html BrokenLink[href=gone/index.html, reason=NO_FILE]"), verify(site),
                "where the folder is not named as fetched, its files count");
    }

    @Test
    void aFetchedFoldersFilesCountWhereALinkCouldNameThem() {
        List<String> fetched = List.of("assets/search/");
        PageScan home = new PageScan(Set.of(), List.of("a.html", "assets/search.1.js", "assets/search"), List.of());
        PageScan a = new PageScan(Set.of(), List.of("index.html"), List.of());
        Set<String> files = Set.of("index.html", "a.html", "assets/search.1.js", "assets/search/w-a.js");
        Set<String> more = Set.of("index.html", "a.html", "assets/search.1.js", "assets/search/w-a.js", "assets/search/d/1.js");
        Set<String> none = Set.of("index.html", "a.html", "assets/search.1.js");
        long digest = LinkDigest.of(files, Map.of("index.html", home, "a.html", a), fetched);
        assertEquals(digest, LinkDigest.of(more, Map.of("index.html", home, "a.html", a), fetched),
                "no link names a file in the folder");
        assertNotEquals(digest, LinkDigest.of(more, Map.of("index.html", home, "a.html", a)), "unless it is fetched");
        assertNotEquals(digest, LinkDigest.of(none, Map.of("index.html", home, "a.html", a), fetched),
                "the folder gone (a link to it as a folder fares otherwise)");
        for (String link : List.of("assets/search/w-a.js", "assets/search/d/1.js#x", "assets/sear%63h/w-a.js",
                "./assets/search\\w-a.js", "search/")) {
            PageScan naming = new PageScan(Set.of(), List.of("index.html", link), List.of());
            assertNotEquals(LinkDigest.of(files, Map.of("index.html", home, "a.html", naming), fetched),
                    LinkDigest.of(more, Map.of("index.html", home, "a.html", naming), fetched), link);
        }
        assertNotEquals(LinkDigest.of(files, Map.of("index.html", home, "assets/search/p.html", a), fetched),
                LinkDigest.of(more, Map.of("index.html", home, "assets/search/p.html", a), fetched), "a page in the folder");
    }

    @Test
    void everyChangeThatCouldAlterALinksFateChangesTheDigest() {
        PageScan home = new PageScan(Set.of("top"), List.of("a.html#x", "b.html"), List.of());
        PageScan a = new PageScan(Set.of("x", "y"), List.of("index.html"), List.of());
        Set<String> files = Set.of("index.html", "a.html", "b.html", "c.pdf");
        long digest = LinkDigest.of(files, Map.of("index.html", home, "a.html", a));

        Map<String, PageScan> reordered = new LinkedHashMap<>();
        reordered.put("a.html", a);
        reordered.put("index.html", home);
        assertEquals(digest, LinkDigest.of(List.of("c.pdf", "b.html", "a.html", "index.html"), reordered),
                "files and pages in any order");

        List<Long> changed = List.of(
                LinkDigest.of(Set.of("index.html", "a.html", "b.html"), Map.of("index.html", home, "a.html", a)),
                LinkDigest.of(Set.of("index.html", "a.html", "b.html", "c.pdf", "d.pdf"), Map.of("index.html", home, "a.html", a)),
                LinkDigest.of(Set.of("index.html", "a.html", "b.html", "c.pdf"), Map.of("index.html", home)),
                LinkDigest.of(files, Map.of("index.html", home, "a.html", new PageScan(Set.of("y"), a.links(), List.of()))),
                LinkDigest.of(files, Map.of("index.html", home, "a.html", new PageScan(Set.of("x", "y", "z"), a.links(), List.of()))),
                LinkDigest.of(files, Map.of("index.html", new PageScan(home.ids(), List.of("a.html#y", "b.html"), List.of()),
                        "a.html", a)),
                LinkDigest.of(files, Map.of("index.html", new PageScan(home.ids(), List.of("a.html#x"), List.of()),
                        "a.html", new PageScan(a.ids(), List.of("index.html", "b.html"), List.of()))),
                LinkDigest.of(files, Map.of("index.html", a, "a.html", home)));
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < changed.size(); i++) {
            assertNotEquals(digest, changed.get(i), "change " + i);
            assertEquals(null, seen.put(changed.get(i), i), "changes " + seen.get(changed.get(i)) + " and " + i + " differ");
        }
    }
}
