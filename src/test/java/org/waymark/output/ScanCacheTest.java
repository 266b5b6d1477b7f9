package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifying a site in memory with last time's scans and link findings gives what a fresh verification gives. */
class ScanCacheTest {
    private static String page(String body) {
        return "<!doctype html><html><head><title>t</title></head><body><h1>T</h1>" + body + "</body></html>";
    }

    private static MemoryOutput site(String a, String b) throws IOException {
        MemoryOutput out = new MemoryOutput();
        out.write("a/index.html", page(a).getBytes(StandardCharsets.UTF_8));
        out.write("b/index.html", page(b).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static List<String> faults(List<Finding> findings) {
        return findings.stream().map(f -> f.page() + " " + f.fault()).sorted().toList();
    }

    @Test
    void aTargetThatLosesAnIdBreaksTheUnchangedPagesThatLinkToIt() throws IOException {
        ScanCache cache = new ScanCache();
        String a = "<a href=\"../b/index.html#details\">b</a>";
        List<String> steps = List.of("<h2 id=\"details\">D</h2>", "<h2 id=\"more\">D</h2>", "<h2 id=\"details\">D</h2>",
                "<h2 id=\"details\">D</h2><p>more text</p>");
        for (String b : steps) {
            MemoryOutput out = site(a, b);
            assertEquals(faults(SiteVerifier.verify(out, Map.of(), null)), faults(SiteVerifier.verify(out, Map.of(), cache)), b);
        }
        assertEquals(1, faults(SiteVerifier.verify(site(a, steps.get(1)), Map.of(), cache)).size());
    }

    @Test
    void aTargetThatGoesAwayBreaksTheUnchangedPagesThatLinkToIt() throws IOException {
        ScanCache cache = new ScanCache();
        String a = "<a href=\"../b/index.html\">b</a>";
        MemoryOutput both = site(a, "<p>b</p>");
        assertEquals(List.of(), faults(SiteVerifier.verify(both, Map.of(), cache)));
        MemoryOutput onlyA = new MemoryOutput();
        onlyA.write("a/index.html", both.files().get("a/index.html").bytes());
        assertEquals(faults(SiteVerifier.verify(onlyA, Map.of(), null)), faults(SiteVerifier.verify(onlyA, Map.of(), cache)));
        assertEquals(1, faults(SiteVerifier.verify(onlyA, Map.of(), cache)).size());
    }
}
