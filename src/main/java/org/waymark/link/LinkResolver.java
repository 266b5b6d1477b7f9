package org.waymark.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.waymark.model.Asset;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
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

    public ResolvedLink resolve(ContentPath from, String target) {
        String raw = target.strip();
        var scheme = UrlSafety.scheme(raw);
        if (scheme.isPresent()) {
            return UrlSafety.isAllowedScheme(scheme.get()) ? new ResolvedLink.External(raw)
                    : new ResolvedLink.Unsafe(scheme.get());
        }
        if (raw.startsWith("//")) return new ResolvedLink.External(raw);
        String anchor = null;
        int hash = raw.indexOf('#');
        String pathPart = raw;
        if (hash >= 0) {
            anchor = decode(raw.substring(hash + 1));
            pathPart = raw.substring(0, hash);
        }
        int query = pathPart.indexOf('?');
        if (query >= 0) pathPart = pathPart.substring(0, query);
        pathPart = decode(pathPart);
        if (pathPart.isEmpty()) return new ResolvedLink.SameDocument(anchor);
        boolean folderLink = pathPart.endsWith("/");
        String joined = pathPart.startsWith("/") ? pathPart.substring(1) : from.folder() + pathPart;
        String normalized = normalize(joined);
        if (normalized == null) return new ResolvedLink.Outside(joined);
        if (!folderLink && !normalized.isEmpty()) {
            ContentPath p = new ContentPath(normalized);
            if (documents.containsKey(p)) return new ResolvedLink.ToDocument(p, anchor);
            if (assets.contains(p)) return new ResolvedLink.ToAsset(p);
        }
        String folder = normalized.isEmpty() ? "" : normalized + "/";
        if (folder.isEmpty() || folders.contains(folder)) {
            ContentPath index = indexes.get(folder);
            if (index != null) return new ResolvedLink.ToDocument(index, anchor);
            return new ResolvedLink.ToSection(folder, anchor);
        }
        return new ResolvedLink.Missing(normalized);
    }

    public Document document(ContentPath p) {
        return documents.get(p);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
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
