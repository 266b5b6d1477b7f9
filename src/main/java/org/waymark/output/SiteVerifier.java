package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verify stage: reads every produced HTML page (as tokens, or with jsoup where only a
 * tree reads it right: {@link PageScan#of(byte[])}) and checks what the theme and
 * the content produced together: each internal link and anchor resolves to a file and id in
 * the output ({@link PageLinks}), and each page passes {@link PageScan} (one h1, a title,
 * unique ids, nothing inline). Findings name the page and the template that wrote it; they
 * become diagnostics where the templates are known (render's TemplateFaults). A site on disk
 * and one held in memory ({@link MemoryOutput}) are verified by the same code, on paths alone.
 */
public final class SiteVerifier {
    /** Scans one page of the site, by its path in the output. */
    private interface Pages {
        PageScan scan(String path) throws IOException;
    }

    private SiteVerifier() {}

    /** {@code templateOf} names the template that wrote each page (by its path in the output). */
    public static List<Finding> verify(Path root, Map<String, String> templateOf) throws IOException {
        return verify(root, templateOf, null);
    }

    /**
     * The same, taking from {@code store} (may be null) the scan of each page whose file is as
     * the store knew it, and keeping there each page read now.
     */
    public static List<Finding> verify(Path root, Map<String, String> templateOf, ScanStore store) throws IOException {
        return verify(root, templateOf, store, List.of());
    }

    /**
     * The same; the files of the folders {@code fetched} (such as the search index's, which
     * scripts fetch) count towards the last passing site's digest only where a link could name
     * them ({@link LinkDigest#of(Collection, Map, Collection)}). Every link is still followed
     * whenever the digest differs.
     */
    public static List<Finding> verify(Path root, Map<String, String> templateOf, ScanStore store,
                                       Collection<String> fetched) throws IOException {
        return verify(root, templateOf, store, store == null ? null : store.written(), fetched);
    }

    /**
     * The same for the site {@code staged} holds once complete: a page whose file is as its write
     * left it is taken from the scan made of the bytes written, not read back, with or without a store.
     */
    public static List<Finding> verify(StagedOutput staged, Map<String, String> templateOf,
                                       Collection<String> fetched) throws IOException {
        return verify(staged.complete(), templateOf, staged.store(), staged.written(), fetched);
    }

    private static List<Finding> verify(Path root, Map<String, String> templateOf, ScanStore store,
                                        WrittenPages written, Collection<String> fetched) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Pages pages = f -> PageScan.of(Files.readAllBytes(base.resolve(f)));
        Map<String, PageScan> scans = new ConcurrentHashMap<>();
        List<Finding> out = Collections.synchronizedList(new ArrayList<>());
        if (store != null) store.begin(base);
        // Each page is taken up as the walk finds it, on the walk's threads.
        SiteWalk.Found page = (f, file, attrs) -> {
            if (!f.endsWith(".html")) return;
            // asked of the file before it is read: a write after that is seen next time
            SeenFile seen = written == null ? null : SeenFile.of(file, attrs);
            PageScan known = seen == null ? null : store != null ? store.find(f, seen) : written.scan(seen);
            if (known != null) {
                scans.put(f, known);  // kept only when it had no finding
            } else {
                PageScan scan = scan(f, pages, scans, out, templateOf);
                if (store != null && seen != null && scan != null) store.record(f, seen, scan);
            }
        };
        List<String> files = SiteWalk.files(base, page);
        // The swap's marker is no page of the site: a folder staged afresh has none yet, and
        // the spare has the last swap's. Counted, it would tell the two apart (and so a
        // link to it), and every link would be followed again on the first build over a spare.
        files.remove(OutputFolder.MARKER);
        if (store == null) return links(files, scans, out, templateOf, null);
        // Every page is scanned: the store is written while the links' digest is taken, and
        // while they are followed when it is not that of the last site whose links all resolved.
        Thread saving = new Thread(store::save, "scan store");
        saving.start();
        long linkDigest = LinkDigest.of(files, scans, fetched);
        PassedLinks passed = store.passedLinks();
        // the same paths, ids and links as a site whose every link resolved: so does every one here
        boolean followed = !passed.had(linkDigest);
        List<Finding> findings = followed ? links(files, scans, out, templateOf, null) : sorted(out);
        try {
            saving.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (followed && findings.isEmpty()) passed.record(linkDigest);
        return findings;
    }

    /**
     * The same for a site held in memory; {@code cache} (may be null) keeps each page's scan
     * for the next verification, and pages whose bytes have not changed are not parsed again.
     */
    public static List<Finding> verify(MemoryOutput site, Map<String, String> templateOf, ScanCache cache) {
        Map<String, OutputFile> files = site.files();
        if (cache != null) cache.keepOnly(files.keySet());
        return verify(files.keySet(), f -> {
            byte[] bytes = files.get(f).bytes();
            if (cache == null) return PageScan.of(bytes);
            return cache.get(f, bytes, () -> PageScan.of(bytes));
        }, templateOf, cache);
    }

    /**
     * The same for {@code check}'s output: each page as scanned when it was written, and, over a
     * built site ({@code over}, else null), the pages left there with the scans its store kept.
     * Links are followed unless the site's links digest is that of the last site there whose
     * every link resolved ({@link PassedLinks}).
     */
    public static List<Finding> verify(ScannedPages pages, BuiltSiteOutput over, Map<String, String> templateOf,
                                       Collection<String> fetched) {
        Map<String, PageScan> scans = new ConcurrentHashMap<>(pages.scans());
        List<Finding> out = new ArrayList<>();
        pages.scans().forEach((f, scan) -> {
            for (Fault fault : scan.faults()) out.add(new Finding(f, templateOf.get(f), fault));
        });
        List<String> files = new ArrayList<>(pages.files());
        if (over != null) {
            scans.putAll(over.kept());
            files.addAll(over.kept().keySet());
            if (over.passedLinks().had(LinkDigest.of(files, scans, fetched))) return sorted(out);
        }
        return links(files, scans, Collections.synchronizedList(out), templateOf, null);
    }

    /**
     * The findings after only {@code changed} pages were written again (serve, after a save):
     * those pages are read again and their links followed; every other page's findings stand
     * from {@code before}, the findings of the build that filled {@code cache}, when no changed
     * page gained or lost an id (else every page's links are followed again, as {@link #verify}
     * does). The result is the one {@link #verify} gives.
     */
    public static List<Finding> reverify(MemoryOutput site, Set<String> changed, List<Finding> before,
                                         Map<String, String> templateOf, ScanCache cache) throws IOException {
        Map<String, OutputFile> files = site.files();
        Map<String, PageScan> scans = new HashMap<>(cache.lastScans());
        if (!files.keySet().equals(cache.lastFiles()) || !scans.keySet().containsAll(changed)) {
            return verify(site, templateOf, cache);
        }
        for (String f : changed) {
            byte[] bytes = files.get(f).bytes();
            PageScan scan = cache.get(f, bytes, () -> PageScan.of(bytes));
            if (!scan.ids().equals(scans.get(f).ids())) return verify(site, templateOf, cache);
            scans.put(f, scan);
        }
        PageLinks.Site all = new PageLinks.Site(cache.lastFiles(), cache.folders(), scans);
        List<Finding> out = new ArrayList<>();
        for (Finding f : before) if (!changed.contains(f.page())) out.add(f);
        Map<String, List<Fault>> linksOf = new HashMap<>();
        for (String f : changed) {
            PageScan scan = scans.get(f);
            for (Fault fault : scan.faults()) out.add(new Finding(f, templateOf.get(f), fault));
            List<Fault> links = PageLinks.check(f, scan, all);
            linksOf.put(f, links);
            for (Fault fault : links) out.add(new Finding(f, templateOf.get(f), fault));
        }
        cache.rescanned(scans, linksOf);
        out.sort(java.util.Comparator.comparing(Finding::page));
        return List.copyOf(out);
    }

    private static List<Finding> verify(Collection<String> files, Pages pages, Map<String, String> templateOf,
                                        ScanCache cache) {
        Map<String, PageScan> scans = new ConcurrentHashMap<>();
        List<Finding> out = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().filter(f -> f.endsWith(".html")).forEach(f -> scan(f, pages, scans, out, templateOf));
        return links(files, scans, out, templateOf, cache);
    }

    /** Scans one page into {@code scans} and its findings into {@code out}; the scan, or null when unreadable. */
    private static PageScan scan(String f, Pages pages, Map<String, PageScan> scans, List<Finding> out,
                                 Map<String, String> templateOf) {
        try {
            PageScan scan = pages.scan(f);
            scans.put(f, scan);
            for (Fault fault : scan.faults()) out.add(new Finding(f, templateOf.get(f), fault));
            return scan;
        } catch (IOException e) {
            out.add(new Finding(f, templateOf.get(f), new Fault.Unreadable(e.getMessage())));
            return null;
        }
    }

    /** Follows every page's links, once every page is scanned, and gives all the findings in page order. */
    private static List<Finding> links(Collection<String> files, Map<String, PageScan> scans, List<Finding> out,
                                       Map<String, String> templateOf, ScanCache cache) {
        PageLinks.Site site = new PageLinks.Site(Set.copyOf(files), OutputPath.folders(files), scans);
        if (cache != null) cache.scanned(site.files(), scans);
        scans.entrySet().parallelStream().forEach(e -> {
            List<Fault> faults = cache == null ? PageLinks.check(e.getKey(), e.getValue(), site)
                    : cache.links(e.getKey(), e.getValue(), () -> PageLinks.check(e.getKey(), e.getValue(), site));
            for (Fault f : faults) {
                out.add(new Finding(e.getKey(), templateOf.get(e.getKey()), f));
            }
        });
        return sorted(out);
    }

    private static List<Finding> sorted(List<Finding> out) {
        List<Finding> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing(Finding::page));
        return List.copyOf(sorted);
    }
}
