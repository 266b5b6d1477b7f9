package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each page's part of the {@link LinkDigest} and the filter of the folder names its links
 * spell ({@link LinkDigest#folderEnds}) are worked out once, when the page is read, and kept in
 * the scan store: the digest they give is the one worked out from the ids and links themselves,
 * for sites whose links name the fetched folder in every way the rule counts (a slash, a
 * backslash, a percent escape, the name inside a longer one) and in none.
 */
class LinkDigestFilterTest {
    private static final List<String> FETCHED = List.of("assets/search/");
    private static final String[] PIECES = {"a", "b", "ch", "search", "research", "searches", "assets", "index.html",
            "..", ".", "w-a.js", "Search", "s", "h", "%63", "x y", "é", "#top"};

    @TempDir
    Path dir;

    /** The digest as worked out before pages carried their parts: from each page's ids and links. */
    private static long reference(Set<String> files, Map<String, PageScan> scans) {
        String slash = "search/";
        String backslash = "search\\";
        boolean quiet = scans.entrySet().stream().noneMatch(e -> e.getKey().startsWith(FETCHED.get(0))
                || e.getValue().links().stream().anyMatch(l -> l.indexOf('%') >= 0 || l.contains(slash) || l.contains(backslash)));
        List<String> counted = files.stream().filter(f -> !quiet || !f.startsWith(FETCHED.get(0))).toList();
        long fileSum = 0;
        for (String f : counted) fileSum += LinkDigest.mix(LinkDigest.hash(f));
        if (quiet) {
            boolean there = files.stream().anyMatch(f -> f.startsWith(FETCHED.get(0)));
            fileSum += LinkDigest.mix(LinkDigest.hash(FETCHED.get(0)) + (there ? 1 : 2));
        }
        long pageSum = 0;
        for (Map.Entry<String, PageScan> e : scans.entrySet()) {
            long ids = 0;
            for (String id : e.getValue().ids()) ids += LinkDigest.mix(LinkDigest.hash(id));
            long links = 17;
            for (String link : e.getValue().links()) links = links * 0x100000001b3L + LinkDigest.hash(link);
            pageSum += LinkDigest.mix(LinkDigest.hash(e.getKey()) + LinkDigest.mix(ids + e.getValue().ids().size()) * 31
                    + LinkDigest.mix(links + e.getValue().links().size()));
        }
        return LinkDigest.mix(LinkDigest.mix(fileSum) + counted.size()) ^ LinkDigest.mix(pageSum + 31L * scans.size());
    }

    private static String link(Random r) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(5); k >= 0; k--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
            if (k > 0) b.append(r.nextInt(6) == 0 ? "\\" : "/");
        }
        if (r.nextInt(4) == 0) b.append('/');
        return b.toString();
    }

    @Test
    void theDigestFromEachPagesPartsIsTheOneFromItsLinks() {
        Random r = new Random(42);
        int quiet = 0;
        for (int site = 0; site < 3000; site++) {
            Set<String> files = new LinkedHashSet<>(List.of("index.html", "a/index.html", "assets/search/w-a.js"));
            if (r.nextBoolean()) files.add("assets/search/d/" + r.nextInt(9) + ".js");
            Map<String, PageScan> scans = new HashMap<>();
            for (String page : List.of("index.html", "a/index.html")) {
                List<String> links = new ArrayList<>();
                // most sites name the folder nowhere, so that the quiet case is tried as often
                for (int k = r.nextInt(4); k > 0; k--) links.add(site % 3 == 0 ? link(r) : PIECES[r.nextInt(8)]);
                scans.put(page, new PageScan(Set.of("top", "id" + r.nextInt(3)), links, List.of()));
            }
            long expected = reference(files, scans);
            assertEquals(expected, LinkDigest.of(files, scans, FETCHED), scans.toString());
            Map<String, PageScan> wider = new HashMap<>(scans);
            wider.replaceAll((p, s) -> new PageScan(s.ids(), s.links(), s.faults(), s.digest(), -1L, s.bytes()));
            assertEquals(expected, LinkDigest.of(files, wider, FETCHED), "a filter with every bit set gives the same");
            Set<String> more = new LinkedHashSet<>(files);
            more.add("assets/search/w-zz.js");
            if (expected == LinkDigest.of(more, scans, FETCHED)) quiet++;
        }
        assertNotEquals(0, quiet, "some sites name the folder nowhere");
        assertNotEquals(3000, quiet, "and some do");
    }

    @Test
    void aNameFollowedByASlashOrBackslashAlwaysSetsItsBit() {
        Random r = new Random(7);
        for (int i = 0; i < 20000; i++) {
            String name = PIECES[r.nextInt(PIECES.length)];
            if (name.isEmpty()) continue;
            String link = link(r) + (r.nextBoolean() ? "" : "/") + name + (r.nextBoolean() ? "/" : "\\") + link(r);
            long ends = LinkDigest.folderEnds(List.of("index.html", link));
            assertNotEquals(0, ends & LinkDigest.nameBit(name), link);
        }
        assertEquals(0, LinkDigest.folderEnds(List.of("index.html", "a.html#x")), "no slash, no bit");
        assertEquals(-1L, LinkDigest.folderEnds(List.of("a%2Fb")), "a percent escape sets every bit");
    }

    @Test
    void theFilterIsTheSameAsReadingEachCharacter() {
        // stores written by earlier builds keep these bits: the way they are found must not change them
        Random r = new Random(11);
        for (int i = 0; i < 20000; i++) {
            String link = link(r) + (r.nextBoolean() ? "\\" : "/") + link(r) + (r.nextInt(4) == 0 ? "/" : "");
            assertEquals(link.contains("%") ? -1L : eachCharacter(link), LinkDigest.folderEnds(List.of(link)), link);
        }
        assertEquals(eachCharacter("/a"), LinkDigest.folderEnds(List.of("/a")), "a leading slash has nothing before it");
    }

    private static long eachCharacter(String link) {
        long bits = 0;
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == '/' || c == '\\') {
                bits |= 1L << ((link.charAt(i - 1) * 0x9E3779B1) >>> 26);
                if (i >= 2) bits |= 1L << (((link.charAt(i - 2) * 31 + link.charAt(i - 1)) * 0x9E3779B1) >>> 26);
            }
        }
        return bits;
    }

    @Test
    void theStoreKeepsEachPagesParts() {
        PageScan scan = new PageScan(Set.of("top", "x"), List.of("../assets/search/w-a.js", "b/index.html#x"), List.of());
        SeenFile file = new SeenFile("(dev=1,ino=2)", 10, 20, 30);
        Map<String, KeptPage> all = Map.of(file.key(), new KeptPage("(dev=1,ino=1)", "a/index.html", file, scan, null, null));
        Path store = dir.resolve(".site.scans");
        try {
            assertTrue(FileSwap.writeStore(store, ScanStoreFile.encode(all, Map.of(), "h")));
            PageScan back = ScanStoreFile.read(java.nio.file.Files.readAllBytes(store), "h").get(file.key()).scan();
            assertEquals(scan.digest(), back.digest());
            assertEquals(scan.folderEnds(), back.folderEnds());
            assertEquals(scan, back);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
