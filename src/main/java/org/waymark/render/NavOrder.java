package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.model.ContentPath;
import org.waymark.model.NavEntry;
import org.waymark.model.Site;

/**
 * The order site.yaml's {@code nav} gives: the content paths it names, in order, as documents'
 * paths ({@code decisions/tree.yaml}) and folders ({@code guides/}). The outline puts what nav
 * names first, in this order, at every level, so previous/next and the home page's sections
 * follow the header.
 */
final class NavOrder {
    private final List<String> keys;

    private NavOrder(List<String> keys) {
        this.keys = keys;
    }

    static final NavOrder NONE = new NavOrder(List.of());

    static NavOrder of(Site site, LinkResolver resolver) {
        List<String> keys = new ArrayList<>();
        for (NavEntry entry : site.config().nav()) {
            if (!(entry instanceof NavEntry.Content c)) continue;
            ResolvedLink r = resolver.resolve(new ContentPath("site.yaml"), c.target());
            if (r instanceof ResolvedLink.ToDocument d) keys.add(d.target().value());
            else if (r instanceof ResolvedLink.ToSection s) keys.add(s.folder());
        }
        return new NavOrder(List.copyOf(keys));
    }

    /** Where nav first names the document at {@code path}; after all of nav when it does not. */
    int ofDocument(ContentPath path) {
        int i = keys.indexOf(path.value());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Where nav first names the folder or anything in it; after all of nav when it names none. */
    int ofFolder(String folder) {
        for (int i = 0; i < keys.size(); i++) if (keys.get(i).startsWith(folder)) return i;
        return Integer.MAX_VALUE;
    }
}
