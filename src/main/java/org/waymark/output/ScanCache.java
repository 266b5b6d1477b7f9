package org.waymark.output;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each page's scan ({@link PageScan}) and link findings kept between verifications of a site
 * held in memory ({@code serve}): a page whose bytes are what they were is not parsed again,
 * and its links are not checked again while the site has the same files and every page the
 * same ids (all a link's fate depends on). The findings are the ones a fresh verification gives.
 */
public final class ScanCache {
    private record Entry(byte[] bytes, PageScan scan) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, List<Fault>> links = new ConcurrentHashMap<>();
    private Set<String> lastFiles = Set.of();
    private Map<String, PageScan> lastScans = Map.of();
    private Map<String, PageScan> previousScans = Map.of();
    private volatile boolean sameTargets;

    /** Every page is scanned: whether links may be reused this time depends on what the targets are now. */
    synchronized void scanned(Set<String> files, Map<String, PageScan> scans) {
        sameTargets = files.equals(lastFiles) && scans.keySet().equals(lastScans.keySet())
                && scans.entrySet().stream().allMatch(e -> {
                    PageScan was = lastScans.get(e.getKey());
                    return was == e.getValue() || was.ids().equals(e.getValue().ids());
                });
        if (!sameTargets) links.clear();
        previousScans = lastScans;
        lastFiles = Set.copyOf(files);
        lastScans = Map.copyOf(scans);
    }

    /** The link findings of {@code page}: last time's when its scan and every target are as they were. */
    List<Fault> links(String page, PageScan scan, Supplier<List<Fault>> check) {
        if (sameTargets && previousScans.get(page) == scan) {
            List<Fault> known = links.get(page);
            if (known != null) return known;
        }
        List<Fault> fresh = check.get();
        links.put(page, fresh);
        return fresh;
    }

    PageScan get(String path, byte[] bytes, Supplier<PageScan> scan) {
        Entry known = entries.get(path);
        if (known != null && Arrays.equals(known.bytes(), bytes)) return known.scan();
        PageScan fresh = scan.get();
        entries.put(path, new Entry(bytes, fresh));
        return fresh;
    }

    void keepOnly(Set<String> present) {
        entries.keySet().retainAll(present);
    }
}
