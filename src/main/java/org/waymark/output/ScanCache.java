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
    private Set<String> folders;
    private Set<String> foldersOf;

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

    /**
     * Some pages read again on their own ({@link SiteVerifier#reverify}): {@code scans} is every
     * page's scan now, a map made for this call and handed over (not copied again: a save at
     * 10,000 pages should not copy the site's scans twice); their link findings replace last time's.
     */
    synchronized void rescanned(Map<String, PageScan> scans, Map<String, List<Fault>> pageLinks) {
        lastScans = java.util.Collections.unmodifiableMap(scans);
        links.putAll(pageLinks);
    }

    /**
     * The site's files after only the search index's were replaced ({@link SiteVerifier#reverify}
     * runs before they are): no page names them (the search script adds them as a query needs
     * them), so no finding changes.
     */
    public synchronized void filesNow(Set<String> files) {
        lastFiles = Set.copyOf(files);
    }

    Set<String> lastFiles() {
        return lastFiles;
    }

    Map<String, PageScan> lastScans() {
        return lastScans;
    }

    /** The folders of the last files, worked out once per set of files. */
    synchronized Set<String> folders() {
        if (folders == null || foldersOf != lastFiles) {
            folders = OutputPath.folders(lastFiles);
            foldersOf = lastFiles;
        }
        return folders;
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

    /** Takes {@code scan} as the scan of {@code bytes} at {@code path}, read by an earlier verify ({@link BuiltSiteOutput}). */
    void know(String path, byte[] bytes, PageScan scan) {
        entries.put(path, new Entry(bytes, scan));
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
