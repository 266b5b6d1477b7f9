package org.waymark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Asset;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.model.SiteConfig;
import org.waymark.paths.PathList;
import org.waymark.text.PackedText;
import org.waymark.text.SharedJobs;
import org.waymark.text.Source;

/**
 * The load stage: content/ -> {@link Site}, with every problem found on the way as diagnostics.
 * Files are read and parsed in parallel; each file's work is independent of the others.
 */
public final class ContentLoader {
    /** Text files larger than this are refused rather than parsed. */
    public static final long MAX_TEXT_BYTES = 4L * 1024 * 1024;

    private ContentLoader() {}

    /**
     * Every file of content/ read into the {@link Site}, with everything found wrong on the way;
     * a failure only when there is no content/ to read.
     */
    public static LoadResult<Site> load(Path projectDir, boolean includeDrafts) {
        return load(projectDir, includeDrafts, null);
    }

    /** The same, reusing what {@code cache} holds for files unchanged since it was filled (serve). */
    public static LoadResult<Site> load(Path projectDir, boolean includeDrafts, LoadCache cache) {
        return load(projectDir, includeDrafts, cache, null);
    }

    /**
     * The same, reusing what the {@link LoadStore} at {@code store} holds for files whose bytes
     * are as they were in an earlier build, and, when {@code store} says so, keeping this load
     * there for the next one; null for none.
     */
    public static LoadResult<Site> load(Path projectDir, boolean includeDrafts, LoadCache cache, LoadStore.Use store) {
        Path contentDir = projectDir.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            return new LoadResult.Failed<>(List.of(Diagnostic.ofFile("content/", 1, 1, Code.IO_ERROR,
                    "no content/ folder in " + projectDir.toAbsolutePath().normalize(),
                    "run Waymark from a project folder, or name one")));
        }
        if (store != null) CodeIdentity.prepare();  // beside the scan
        Path templatesDir = projectDir.resolve("templates");
        return ContentScanner.scan(contentDir).then(files -> read(files, contentDir,
                Files.isDirectory(templatesDir) ? templatesDir : null, includeDrafts, cache, store));
    }

    /**
     * One page or YAML document of content/ loaded on its own, as a full load would load it
     * ({@code siteTitle} from site.yaml), through {@code cache} (serve, after a save). Failed
     * when the file does not load, or is not a page or document.
     */
    public static LoadResult<Document> reload(Path contentDir, String relative, String siteTitle, LoadCache cache) {
        ContentScanner.Found f = new ContentScanner.Found(relative, contentDir.resolve(relative));
        ContentFile file = cache.get(f, siteTitle, () -> loadOne(f, siteTitle, null));
        return file instanceof ContentFile.Loaded loaded ? new LoadResult.Loaded<>(loaded.document(), loaded.diagnostics())
                : new LoadResult.Failed<>(file.diagnostics());
    }

    private static LoadResult.Loaded<Site> read(List<ContentScanner.Found> files, Path contentDir, Path templatesDir,
                                                boolean includeDrafts, LoadCache cache, LoadStore.Use storeUse) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SiteConfig config = SiteConfig.defaults();
        List<ContentScanner.Found> rest = new ArrayList<>();
        Set<ContentPath> unreadable = new HashSet<>();
        for (ContentScanner.Found f : files) {
            if (f.relative().equals("site.yaml")) {
                LoadResult<SiteConfig> read = readText(f).then(SiteConfigLoader::load);
                diagnostics.addAll(read.diagnostics());
                if (read instanceof LoadResult.Loaded<SiteConfig> loaded) config = loaded.value();
                else unreadable.add(new ContentPath("site.yaml")); // its nav is unknown, not empty
            } else {
                rest.add(f);
            }
        }
        Map<ContentPath, Source> pathLists = new LinkedHashMap<>();
        rest = takePathLists(rest, pathLists, diagnostics);

        Map<ContentPath, Document> documents = new LinkedHashMap<>();
        List<Asset> assets = new ArrayList<>();
        Set<ContentPath> drafts = new HashSet<>();
        String siteTitle = config.title();
        if (cache != null) cache.keepOnly(rest);
        LoadStore store = storeUse == null ? null : LoadStore.open(storeUse, siteTitle);
        PackedText.expect(keptTextBytes(rest));
        List<ContentFile> results;
        try {
            ContentFile[] loaded = new ContentFile[rest.size()];
            List<ContentScanner.Found> all = rest;
            SharedJobs.run(loaded.length, i -> {
                ContentScanner.Found f = all.get(i);
                loaded[i] = cache == null ? loadOne(f, siteTitle, store) : cache.get(f, siteTitle, () -> loadOne(f, siteTitle, store));
            });
            results = java.util.Arrays.asList(loaded);
        } finally {
            if (store != null) store.save();
        }
        for (ContentFile file : results) {
            diagnostics.addAll(file.diagnostics());
            if (file instanceof ContentFile.Loaded loaded) {
                if (!includeDrafts && loaded.document() instanceof Page p && p.draft()) {
                    drafts.add(file.path());
                    continue;
                }
                documents.put(file.path(), loaded.document());
            } else if (file instanceof ContentFile.Copied copied) {
                assets.add(copied.asset());
            } else {
                unreadable.add(file.path()); // so that a link to it is not reported again, as broken
            }
        }
        Site site = new Site(config, Collections.unmodifiableMap(documents), List.copyOf(assets),
                Set.copyOf(unreadable), contentDir, templatesDir, Collections.unmodifiableMap(pathLists),
                Set.copyOf(drafts));
        return new LoadResult.Loaded<>(site, diagnostics);
    }

    /**
     * A {@code x.paths.txt} beside {@code x.yaml} is the tree's reviewed path list: read for the
     * check and not published. Any other file of that name stays an ordinary asset.
     */
    private static List<ContentScanner.Found> takePathLists(List<ContentScanner.Found> files,
                                                            Map<ContentPath, Source> pathLists,
                                                            List<Diagnostic> diagnostics) {
        Set<String> names = new HashSet<>();
        for (ContentScanner.Found f : files) names.add(f.relative());
        List<ContentScanner.Found> rest = new ArrayList<>();
        for (ContentScanner.Found f : files) {
            String rel = f.relative();
            if (rel.endsWith(PathList.SUFFIX)) {
                String stem = rel.substring(0, rel.length() - PathList.SUFFIX.length());
                if (names.contains(stem + ".yaml") || names.contains(stem + ".yml")) {
                    LoadResult<Source> read = readText(f);
                    diagnostics.addAll(read.diagnostics());
                    if (read instanceof LoadResult.Loaded<Source> text) pathLists.put(new ContentPath(rel), text.value());
                    continue;
                }
            }
            rest.add(f);
        }
        return rest;
    }

    /**
     * About how many bytes of text the model will keep for these files: each source, and as
     * much again for the HTML of its Markdown (at 10,000 benchmark pages, 47.7 MB of sources
     * and 48.9 MB of HTML).
     */
    private static long keptTextBytes(List<ContentScanner.Found> files) {
        long bytes = 0;
        for (ContentScanner.Found f : files) {
            ContentPath path = new ContentPath(f.relative());
            if (path.isMarkdown() || path.isYaml()) bytes += f.size();
        }
        return 2 * bytes;
    }

    /** {@code siteTitle}: the title of a top-level index page that has none of its own. */
    private static ContentFile loadOne(ContentScanner.Found f, String siteTitle, LoadStore store) {
        ContentPath path = new ContentPath(f.relative());
        if (!path.isMarkdown() && !path.isYaml()) return new ContentFile.Copied(new Asset(path, f.file()));
        LoadResult<byte[]> bytes = readBytes(f);
        if (!(bytes instanceof LoadResult.Loaded<byte[]> read)) return new ContentFile.Failed(path, bytes.diagnostics());
        byte[] digest = store == null ? null : LoadStore.digest(read.value());
        ContentFile stored = store == null ? null : store.find(f.relative(), digest, () -> source(f, read.value()));
        if (stored != null) return stored;
        ContentFile file = ContentFile.of(path, decode(f, read.value()).then(source -> path.isMarkdown()
                ? PageLoader.load(source, path, siteTitle) : YamlDocumentLoader.load(source, path)));
        if (store != null) store.remember(f.relative(), digest, file);
        return file;
    }

    /** The file's text, decoded strictly as UTF-8; a failure when it is too large, not UTF-8 or unreadable. */
    private static LoadResult<Source> readText(ContentScanner.Found f) {
        return readBytes(f).then(bytes -> decode(f, bytes));
    }

    /** The file's bytes; a failure when it is too large or unreadable. */
    private static LoadResult<byte[]> readBytes(ContentScanner.Found f) {
        String display = "content/" + f.relative();
        try {
            long size = Files.size(f.file());
            if (size > MAX_TEXT_BYTES) {
                return new LoadResult.Failed<>(List.of(Diagnostic.ofFile(display, 1, 1, Code.FILE_TOO_LARGE,
                        "the file is " + size / 1024 + " KiB; text files may be at most " + MAX_TEXT_BYTES / 1024 / 1024
                                + " MiB", "split it into several pages")));
            }
            return new LoadResult.Loaded<>(Files.readAllBytes(f.file()), List.of());
        } catch (IOException e) {
            return new LoadResult.Failed<>(List.of(Diagnostic.ofFile(display, 1, 1, Code.IO_ERROR,
                    "cannot read: " + e.getMessage(), null)));
        }
    }

    /** The source of bytes that decoded before (a stored record says so). */
    private static Source source(ContentScanner.Found f, byte[] bytes) {
        if (decode(f, bytes) instanceof LoadResult.Loaded<Source> text) return text.value();
        throw new IllegalStateException("stored as loaded, but no longer decodes");
    }

    private static LoadResult<Source> decode(ContentScanner.Found f, byte[] bytes) {
        String display = "content/" + f.relative();
        TextDecoder.Result r = TextDecoder.decode(display, bytes);
        if (r instanceof TextDecoder.Failure failure) return new LoadResult.Failed<>(List.of(failure.diagnostic()));
        return new LoadResult.Loaded<>(Source.of(display, ((TextDecoder.Text) r).text()), List.of());
    }
}
