package org.waymark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Asset;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.model.SiteConfig;
import org.waymark.paths.PathList;
import org.waymark.text.Source;

/**
 * The load stage: content/ -> {@link Site}, with every problem found on the way as diagnostics.
 * Files are read and parsed in parallel; each file's work is independent of the others.
 */
public final class ContentLoader {
    /** Text files larger than this are refused rather than parsed. */
    public static final long MAX_TEXT_BYTES = 4L * 1024 * 1024;

    public record Loaded(Site site, List<Diagnostic> diagnostics) {}

    private ContentLoader() {}

    public static Loaded load(Path projectDir, boolean includeDrafts) {
        Path contentDir = projectDir.resolve("content");
        Path templatesDir = projectDir.resolve("templates");
        List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
        if (!Files.isDirectory(contentDir)) {
            diagnostics.add(Diagnostic.ofFile("content/", 1, 1, Code.IO_ERROR, "no content/ folder in "
                    + projectDir.toAbsolutePath().normalize(), "run Waymark from a project folder, or name one"));
            return new Loaded(null, List.copyOf(diagnostics));
        }
        List<ContentScanner.Found> files;
        try {
            files = ContentScanner.scan(contentDir, diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.ofFile("content/", 1, 1, Code.IO_ERROR, "cannot list content/: " + e.getMessage(),
                    null));
            return new Loaded(null, List.copyOf(diagnostics));
        }

        SiteConfig config = SiteConfig.defaults();
        List<ContentScanner.Found> rest = new ArrayList<>();
        for (ContentScanner.Found f : files) {
            if (f.relative().equals("site.yaml")) {
                Source s = readText(f, diagnostics);
                if (s != null) config = SiteConfigLoader.load(s, diagnostics);
            } else {
                rest.add(f);
            }
        }

        Map<ContentPath, Source> pathLists = new LinkedHashMap<>();
        rest = takePathLists(rest, pathLists, diagnostics);
        List<Object> loaded = rest.parallelStream().map(f -> loadOne(f, diagnostics)).toList();
        Map<ContentPath, Document> documents = new LinkedHashMap<>();
        List<Asset> assets = new ArrayList<>();
        java.util.Set<ContentPath> unreadable = new java.util.HashSet<>();
        for (int i = 0; i < loaded.size(); i++) {
            Object o = loaded.get(i);
            if (o == null) unreadable.add(new ContentPath(rest.get(i).relative()));
            if (o instanceof Document d) {
                if (!includeDrafts && d instanceof Page p && p.draft()) continue;
                documents.put(d.path(), d);
            } else if (o instanceof Asset a) {
                assets.add(a);
            }
        }
        Site site = new Site(config, Collections.unmodifiableMap(documents), List.copyOf(assets),
                java.util.Set.copyOf(unreadable), contentDir,
                Files.isDirectory(templatesDir) ? templatesDir : null, Collections.unmodifiableMap(pathLists));
        return new Loaded(site, List.copyOf(diagnostics));
    }

    /**
     * A {@code x.paths.txt} beside {@code x.yaml} is the tree's reviewed path list: read for the
     * check and not published. Any other file of that name stays an ordinary asset.
     */
    private static List<ContentScanner.Found> takePathLists(List<ContentScanner.Found> files,
                                                            Map<ContentPath, Source> pathLists,
                                                            List<Diagnostic> diagnostics) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ContentScanner.Found f : files) names.add(f.relative());
        List<ContentScanner.Found> rest = new ArrayList<>();
        for (ContentScanner.Found f : files) {
            String rel = f.relative();
            if (rel.endsWith(PathList.SUFFIX)) {
                String stem = rel.substring(0, rel.length() - PathList.SUFFIX.length());
                if (names.contains(stem + ".yaml") || names.contains(stem + ".yml")) {
                    Source s = readText(f, diagnostics);
                    if (s != null) pathLists.put(new ContentPath(rel), s);
                    continue;
                }
            }
            rest.add(f);
        }
        return rest;
    }

    private static Object loadOne(ContentScanner.Found f, List<Diagnostic> diagnostics) {
        ContentPath path = new ContentPath(f.relative());
        if (!path.isMarkdown() && !path.isYaml()) return new Asset(path, f.file());
        Source source = readText(f, diagnostics);
        if (source == null) return null;
        List<Diagnostic> out = new ArrayList<>();
        Document d = path.isMarkdown() ? PageLoader.load(source, path, out)
                : YamlDocumentLoader.load(source, path, out);
        diagnostics.addAll(out);
        return d;
    }

    private static Source readText(ContentScanner.Found f, List<Diagnostic> diagnostics) {
        String display = "content/" + f.relative();
        try {
            long size = Files.size(f.file());
            if (size > MAX_TEXT_BYTES) {
                diagnostics.add(Diagnostic.ofFile(display, 1, 1, Code.FILE_TOO_LARGE, "the file is " + size / 1024
                        + " KiB; text files may be at most " + MAX_TEXT_BYTES / 1024 / 1024 + " MiB",
                        "split it into several pages"));
                return null;
            }
            TextDecoder.Result r = TextDecoder.decode(display, Files.readAllBytes(f.file()));
            if (r instanceof TextDecoder.Failure failure) {
                diagnostics.add(failure.diagnostic());
                return null;
            }
            return Source.of(display, ((TextDecoder.Text) r).text());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.ofFile(display, 1, 1, Code.IO_ERROR, "cannot read: " + e.getMessage(), null));
            return null;
        }
    }
}
