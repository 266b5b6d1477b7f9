package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
        Path base = root.toAbsolutePath().normalize();
        List<String> files = files(base);
        return verify(files, f -> PageScan.of(Files.readAllBytes(base.resolve(f))), templateOf, null);
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
        files.parallelStream().filter(f -> f.endsWith(".html")).forEach(f -> {
            try {
                PageScan scan = pages.scan(f);
                scans.put(f, scan);
                for (Fault fault : scan.faults()) out.add(new Finding(f, templateOf.get(f), fault));
            } catch (IOException e) {
                out.add(new Finding(f, templateOf.get(f), new Fault.Unreadable(e.getMessage())));
            }
        });
        PageLinks.Site site = new PageLinks.Site(Set.copyOf(files), OutputPath.folders(files), scans);
        if (cache != null) cache.scanned(site.files(), scans);
        scans.entrySet().parallelStream().forEach(e -> {
            List<Fault> faults = cache == null ? PageLinks.check(e.getKey(), e.getValue(), site)
                    : cache.links(e.getKey(), e.getValue(), () -> PageLinks.check(e.getKey(), e.getValue(), site));
            for (Fault f : faults) {
                out.add(new Finding(e.getKey(), templateOf.get(e.getKey()), f));
            }
        });
        List<Finding> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing(Finding::page));
        return List.copyOf(sorted);
    }

    /**
     * Every regular file under {@code root}, by its path in the site: one walk, each file's type
     * taken from the walk's own attributes rather than asked of the file system again.
     */
    private static List<String> files(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            private final java.util.ArrayDeque<String> prefixes = new java.util.ArrayDeque<>();

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                prefixes.push(dir.equals(root) ? "" : prefixes.peek() + dir.getFileName() + "/");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // A link is counted as what it leads to, as Files.isRegularFile counts it.
                if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                    files.add(prefixes.peek() + file.getFileName());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                prefixes.pop();
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
