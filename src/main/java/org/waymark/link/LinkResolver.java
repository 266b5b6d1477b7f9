package org.waymark.link;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.model.Asset;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.model.Link;
import org.waymark.model.Site;

/**
 * Resolves links written in content against the site. Shared by the check stage (is it
 * broken?) and the render stage (where does it point in the output?), so both agree.
 */
public final class LinkResolver {
    private final Map<ContentPath, Document> documents;
    private final Set<ContentPath> assets = new HashSet<>();
    private final Set<String> folders = new HashSet<>();
    /** Each folder's index page (index.md, else README.md): where a link to the folder goes. */
    private final Map<String, ContentPath> indexes = new HashMap<>();
    /** Each document's links resolved ({@link #resolved}), by its path. */
    private final Map<ContentPath, List<ResolvedLink>> resolvedLinks = new ConcurrentHashMap<>();

    public LinkResolver(Site site) {
        this.documents = site.documents();
        for (Asset a : site.assets()) assets.add(a.path());
        for (ContentPath p : documents.keySet()) {
            if (p.isIndex()) indexes.merge(p.folder(), p, (a, b) -> a.fileName().equals("index.md") ? a : b);
            String folder = p.folder();
            while (!folder.isEmpty()) {
                folders.add(folder);
                folder = new ContentPath(folder.substring(0, folder.length() - 1)).folder();
            }
        }
    }

    public boolean isSection(String folder) {
        return folders.contains(folder);
    }

    /**
     * What {@code target}, written in {@code from}, points at. {@code target} is the URL as the
     * browser will read it from the page (see {@link Href}): Markdown escapes and entities are
     * decoded already, percent-encoding is decoded here. A root-relative path ({@code /x})
     * names {@code content/x}, since the site may be served from any sub-path.
     */
    public ResolvedLink resolve(ContentPath from, String target) {
        Href href = Href.parse(target);
        if (!href.isRelative()) {
            return UrlSafety.isAllowedScheme(href.scheme()) ? new ResolvedLink.External(href.url())
                    : new ResolvedLink.Unsafe(href.scheme());
        }
        if (href.isNetworkPath()) return new ResolvedLink.External(href.url());
        String anchor = href.fragment();
        String pathPart = href.path();
        if (pathPart.isEmpty()) return new ResolvedLink.SameDocument(anchor);
        boolean folderLink = pathPart.endsWith("/");
        String joined = pathPart.startsWith("/") ? pathPart.substring(1) : from.folder() + pathPart;
        String normalized = normalize(joined);
        if (normalized == null) return new ResolvedLink.Outside(joined);
        if (!folderLink && !normalized.isEmpty()) {
            ContentPath p = new ContentPath(normalized);
            if (documents.containsKey(p)) return new ResolvedLink.ToDocument(p, anchor);
            if (assets.contains(p)) return new ResolvedLink.ToAsset(p, anchor);
        }
        String folder = normalized.isEmpty() ? "" : normalized + "/";
        if (folder.isEmpty() || folders.contains(folder)) {
            ContentPath index = indexes.get(folder);
            if (index != null) return new ResolvedLink.ToDocument(index, anchor);
            return new ResolvedLink.ToSection(folder, anchor);
        }
        return new ResolvedLink.Missing(normalized);
    }

    /**
     * Each of {@code d}'s links ({@link Document#links}) resolved, in their order: worked out once
     * for the resolver's life, as several checks follow every link of the site.
     */
    public List<ResolvedLink> resolved(Document d) {
        return resolvedLinks.computeIfAbsent(d.path(), p -> {
            List<Link> links = d.links();
            ResolvedLink[] out = new ResolvedLink[links.size()];
            for (int i = 0; i < out.length; i++) out[i] = resolve(p, links.get(i).target());
            return List.of(out);
        });
    }

    public Document document(ContentPath p) {
        return documents.get(p);
    }

    /** Collapses "." and ".." segments; null when the path climbs above content/. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }
}
