package org.waymark.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Each page's HTML kept between builds of one long-lived process ({@code serve}), with the
 * model its template was given. A page whose model is equal to last time's (records, lists,
 * maps and strings, compared whole), under the same templates, is not run through its
 * template again: the template would write the same bytes. A change to any file of
 * templates/ forgets every page. Values without a structural equals never match, so the
 * worst a stranger in a model can do is cost a render.
 */
public final class RenderCache {
    private record Entry(String template, Map<String, Object> model, String baseUrl, byte[] html) {}

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private List<String> templates;

    /** Starts a build: forgets every page when a template has changed since the last one. */
    synchronized void begin(Path templatesDir) throws IOException {
        List<String> now = fingerprint(templatesDir);
        if (!now.equals(templates)) pages.clear();
        templates = now;
    }

    byte[] get(SitePage page, Map<String, Object> model, String baseUrl) {
        Entry e = pages.get(page.outputFile());
        if (e == null || !e.template().equals(page.template()) || !Objects.equals(e.baseUrl(), baseUrl)) return null;
        return e.model().equals(model) ? e.html() : null;
    }

    void put(SitePage page, Map<String, Object> model, String baseUrl, byte[] html) {
        pages.put(page.outputFile(), new Entry(page.template(), model, baseUrl, html));
    }

    /** Forgets pages the site no longer has. */
    void keepOnly(Set<String> outputFiles) {
        pages.keySet().retainAll(outputFiles);
    }

    /** Every file of templates/ with its size and time: a change to any of them shows here. */
    private static List<String> fingerprint(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.add(dir.relativize(p) + " " + a.size() + " "
                        + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + a.fileKey());
            }
        }
        return out;
    }
}
