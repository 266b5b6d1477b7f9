package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} over a built site ({@link BuiltSiteOutput}): a page a build made from an equal
 * digest stands for the one check would make, found by its path, so a copy of the site and its
 * store (new inodes, as a CI cache restores them) serves as well; {@code serve}, which reads
 * the pages' bytes, takes only the very file a build verified. A left page's links are followed
 * against the pages check made, so a target that lost an id is a finding on the page left in the
 * site; and neither the site nor the files beside it change.
 */
class BuiltSiteOutputTest {
    private static final String CODE = "test code";
    private static final PageDigest HOME = new PageDigest(1);
    private static final PageDigest A = new PageDigest(2);
    private static final PageDigest B = new PageDigest(3);
    private static final PageDigest A_INPUTS = new PageDigest(20);

    @TempDir
    Path dir;
    Path site;

    private static String page(String body) {
        return "<!doctype html><html><head><title>t</title></head><body><h1>T</h1>" + body + "</body></html>";
    }

    private static final String HOME_PAGE = page("<a href=\"a/index.html#details\">a</a> <a href=\"b/index.html\">b</a>");
    private static final String A_PAGE = page("<h2 id=\"details\">D</h2><a href=\"../b/index.html\">b</a>");
    private static final String B_PAGE = page("<a href=\"../index.html\">home</a>");

    /** A site as a build leaves it: verified with its store, each page's digest kept, every file settled first. */
    @BeforeEach
    void built() throws IOException {
        site = dir.resolve("site");
        Map<String, String> pages = Map.of("index.html", HOME_PAGE, "a/index.html", A_PAGE, "b/index.html", B_PAGE);
        for (var e : pages.entrySet()) {
            Files.createDirectories(site.resolve(e.getKey()).getParent());
            Files.writeString(site.resolve(e.getKey()), e.getValue());
        }
        ScanStoreTest.settle(site);
        ScanStore store = ScanStore.open(ScanStore.beside(site), CODE, site);
        store.digest("index.html", HOME);
        store.digest("a/index.html", A);
        store.inputs("a/index.html", A_INPUTS);
        store.digest("b/index.html", B);
        assertEquals(List.of(), SiteVerifier.verify(site, Map.of(), store));
    }

    /** Page a as someone might change it in the site: with an inline script, a finding had it been read. */
    private void changeAByHand() throws IOException {
        Files.writeString(site.resolve("a/index.html"), A_PAGE.replace("<h1>T</h1>", "<h1>T</h1><script>alert(1)</script>"));
    }

    /** The built site's home page and page a are left as made from their digests; b, asked with another, is made. */
    private static void leavesTheHomePageAndAMakesB(ScannedPages pages, BuiltSiteOutput out) throws IOException {
        assertTrue(out.unchanged("index.html", HOME));
        assertTrue(out.unchanged("a/index.html", A));
        assertFalse(out.unchanged("b/index.html", A), "another digest: the page is made");
        write(out, "b/index.html", B_PAGE);
        assertEquals(List.of(), SiteVerifier.verify(pages, out, Map.of(), List.of()));
        assertEquals(2, out.unchanged());
    }

    private static List<String> faults(List<Finding> findings) {
        return findings.stream().map(f -> f.page() + " " + f.fault()).sorted().toList();
    }

    private static void write(OutputSink out, String path, String html) throws IOException {
        out.write(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file of the site and beside it, by path, with its bytes and modification time. */
    private Map<String, String> everything() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1)
                        + Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    @Test
    void pagesMadeFromTheSameDigestAreLeftAndNothingIsWritten() throws IOException {
        Map<String, String> before = everything();
        ScannedPages pages = new ScannedPages();
        BuiltSiteOutput out = BuiltSiteOutput.over(pages, site, CODE);
        leavesTheHomePageAndAMakesB(pages, out);
        assertEquals(java.util.Set.of("b/index.html"), pages.files(), "only the page made is held");
        assertEquals(java.util.Set.of("b/index.html"), pages.scans().keySet());
        assertEquals(before, everything(), "check writes nothing, in the site or beside it");
    }

    @Test
    void aLeftPageWhoseTargetLostItsIdIsAFinding() throws IOException {
        ScannedPages pages = new ScannedPages();
        BuiltSiteOutput out = BuiltSiteOutput.over(pages, site, CODE);
        assertTrue(out.unchanged("index.html", HOME));
        write(out, "a/index.html", page("<h2 id=\"summary\">D</h2><a href=\"../b/index.html\">b</a>"));
        assertTrue(out.unchanged("b/index.html", B));
        List<String> found = faults(SiteVerifier.verify(pages, out, Map.of(), List.of()));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("index.html ") && found.get(0).contains("details"), found::toString);
    }

    @Test
    void aLeftPageWhoseTargetIsGoneIsAFinding() throws IOException {
        ScannedPages pages = new ScannedPages();
        BuiltSiteOutput out = BuiltSiteOutput.over(pages, site, CODE);
        assertTrue(out.unchanged("index.html", HOME));
        assertTrue(out.unchanged("a/index.html", A));
        List<String> found = faults(SiteVerifier.verify(pages, out, Map.of(), List.of()));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(f -> f.contains("b/index.html")), found::toString);
    }

    @Test
    void aPageChangedInTheSiteByHandStillStandsForTheOneCheckWouldMake() throws IOException {
        // check's page is the one a build makes from that digest, which the store's scan is of
        changeAByHand();
        ScannedPages pages = new ScannedPages();
        BuiltSiteOutput out = BuiltSiteOutput.over(pages, site, CODE);
        assertTrue(out.unchanged("a/index.html", A));
        assertTrue(out.unchanged("index.html", HOME));
        assertThrows(IOException.class, () -> out.unchanged("../site/a/index.html", A), "a path that leaves the site");
        assertThrows(IOException.class, () -> out.madeFrom("../site/a/index.html", A_INPUTS), "a path that leaves the site");
        assertTrue(out.unchanged("b/index.html", B));
        assertEquals(List.of(), SiteVerifier.verify(pages, out, Map.of(), List.of()));
    }

    @Test
    void serveMakesAPageChangedInTheSiteByHandAgain() throws IOException {
        changeAByHand();
        MemoryOutput memory = new MemoryOutput();
        BuiltSiteOutput out = BuiltSiteOutput.reading(memory, site, CODE);
        assertFalse(out.unchanged("a/index.html", A), "its bytes are not the ones the store's scan is of");
        assertEquals(null, out.madeFrom("a/index.html", A_INPUTS));
        assertTrue(out.unchanged("index.html", HOME));
    }

    @Test
    void aCopyOfTheSiteAndItsStoreServesCheckByPathAndDigest(@TempDir Path elsewhere) throws IOException {
        // as a CI cache restores them: every file new, with new inodes and times
        Path copy = elsewhere.resolve("restored");
        org.waymark.testing.Projects.copy(dir, copy);
        Path restored = copy.resolve("site");
        ScannedPages pages = new ScannedPages();
        BuiltSiteOutput out = BuiltSiteOutput.over(pages, restored, CODE);
        assertEquals(A, out.madeFrom("a/index.html", A_INPUTS), "known from its inputs");
        assertEquals(null, out.madeFrom("a/index.html", new PageDigest(21)), "other inputs: unknown");
        assertEquals(null, out.madeFrom("b/index.html", A_INPUTS), "no inputs kept for it");
        leavesTheHomePageAndAMakesB(pages, out);
        assertEquals(1, out.knownFromInputs());
        // serve, which reads the bytes, takes a copy's page when its bytes are the ones verify read
        Path b = restored.resolve("b/index.html");
        String bPage = Files.readString(b);
        Files.writeString(b, bPage.replace("<title>t</title>", "<title>u</title>"));  // by hand, the same length
        assertEquals(bPage.length(), Files.readString(b).length());
        BuiltSiteOutput serving = BuiltSiteOutput.reading(new MemoryOutput(), restored, CODE);
        assertTrue(serving.unchanged("index.html", HOME));
        assertFalse(serving.unchanged("b/index.html", B), "changed by hand");
    }

    @Test
    void serveReadsEachLeftPageIntoMemoryAndVerifiesItFromTheStoresScan() throws IOException {
        MemoryOutput memory = new MemoryOutput();
        BuiltSiteOutput out = BuiltSiteOutput.reading(memory, site, CODE);
        assertTrue(out.unchanged("index.html", HOME));
        assertTrue(out.unchanged("b/index.html", B));
        write(out, "a/index.html", page("<h2 id=\"summary\">D</h2><a href=\"../b/index.html\">b</a>"));
        assertEquals(HOME_PAGE, new String(memory.files().get("index.html").bytes(), StandardCharsets.UTF_8));
        assertEquals(B_PAGE, new String(memory.files().get("b/index.html").bytes(), StandardCharsets.UTF_8));
        ScanCache cache = new ScanCache();
        out.scansInto(memory, cache);
        List<String> found = faults(SiteVerifier.verify(memory, Map.of(), cache));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("index.html ") && found.get(0).contains("details"), found::toString);
    }

    @Test
    void anotherCodesStoreLeavesNothing() throws IOException {
        BuiltSiteOutput out = BuiltSiteOutput.over(new ScannedPages(), site, "other code");
        assertFalse(out.unchanged("index.html", HOME));
        assertEquals(0, out.unchanged());
    }
}
